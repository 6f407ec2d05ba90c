using System.Buffers;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// Streams one request's bytes onto the end of an upload (tus PATCH, and POST with creation-with-upload): block by
/// block from the socket to the disk, never the whole body in memory, stopping at the upload's length and at the
/// organization's quota. Bytes that arrived before the client was cut off are kept, so it resumes from there —
/// unless the request carried a checksum, which can only vouch for all of its bytes.
/// </summary>
public sealed class UploadAppender(PartialUploads partials, UploadQuota quota, UploadCompletion completion, IOptions<FilesOptions> options, TimeProvider clock)
{
    private const int BlockBytes = 256 * 1024;

    /// <summary>Why the copy stopped.</summary>
    private enum Stop { EndOfBody, BeyondLimit, ClientGone, AccessLost, BadBody }

    public static bool CarriesChunk(HttpRequest request) =>
        string.Equals(request.ContentType, TusProtocol.ChunkContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Appends and, when the last byte arrived, finishes the upload. Returns the offset reached, or the refusal.</summary>
    public async Task<(long Offset, IResult? Problem)> AppendAsync(HttpContext context, PartaDbContext db, FileUpload upload, long claimedOffset)
    {
        var request = context.Request;
        if (!CarriesChunk(request))
            return (upload.Offset, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "upload_content_type", FileTexts.ContentTypeRequired));
        var (checksum, checksumProblem) = UploadChecksum.Parse(request.Headers[TusProtocol.UploadChecksum]);
        if (checksumProblem == UploadChecksum.Problem.UnknownAlgorithm)
            return (upload.Offset, Problems.Of(StatusCodes.Status400BadRequest, "checksum_algorithm_unsupported", FileTexts.ChecksumAlgorithm));
        if (checksumProblem == UploadChecksum.Problem.Malformed)
            return (upload.Offset, Problems.Of(StatusCodes.Status400BadRequest, "checksum_invalid", FileTexts.ChecksumInvalid));
        using var _ = checksum;

        FileStream? file;
        try
        {
            file = partials.OpenForAppend(upload.Id);
        }
        catch (FileNotFoundException)
        {
            return (0, TusProtocol.UploadNotFound());
        }
        if (file is null) return (upload.Offset, Problems.Of(StatusCodes.Status423Locked, "upload_busy", FileTexts.UploadBusy));
        await using (file)
        {
            var start = file.Length;
            if (claimedOffset != start) return (start, Problems.Conflict("upload_offset_mismatch", FileTexts.OffsetMismatch));
            var remaining = upload.Length - start;
            var room = await quota.RoomAsync(db, upload.OrganizationId, upload.Id, context.RequestAborted) - start;
            if (request.ContentLength > remaining)
                return (start, Problems.Of(StatusCodes.Status400BadRequest, "upload_beyond_length", FileTexts.BeyondLength));
            if (request.ContentLength > room) return (start, UploadQuota.Exceeded(room));

            file.Position = start;
            var (stop, badStatus) = await CopyAsync(context, db, upload, file, Math.Min(remaining, room), checksum);
            if (checksum is not null && (stop != Stop.EndOfBody || !checksum.Matches()))
            {
                file.SetLength(start);
                if (stop == Stop.EndOfBody)
                    return (start, Problems.Of(TusProtocol.ChecksumMismatchStatus, "checksum_mismatch", FileTexts.ChecksumMismatch));
            }
            var offset = file.Length;
            upload.Offset = offset;
            // The bytes are on disk whether or not the client is still there to hear about them.
            await db.SaveChangesAsync(CancellationToken.None);
            return stop switch
            {
                Stop.BeyondLimit when remaining <= room => (offset, Problems.Of(StatusCodes.Status400BadRequest, "upload_beyond_length", FileTexts.BeyondLength)),
                Stop.BeyondLimit => (offset, UploadQuota.Exceeded(Math.Max(0, room - (offset - start)))),
                Stop.AccessLost => (offset, Problems.NotFound("organization_not_found", Texts.OrganizationNotFound)),
                Stop.BadBody => (offset, Problems.Of(badStatus, Problems.CodeForStatus(badStatus), Problems.TitleForStatus(badStatus))),
                _ when offset == upload.Length => (offset, await completion.CompleteAsync(db, upload, file)),
                _ => (offset, null),
            };
        }
    }

    private async Task<(Stop Stop, int BadStatus)> CopyAsync(HttpContext context, PartaDbContext db, FileUpload upload, FileStream file, long limit, UploadChecksum? checksum)
    {
        var body = context.Request.Body;
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        var recheck = TimeSpan.FromSeconds(options.Value.AccessRecheckSeconds);
        var checkedAt = clock.GetTimestamp();
        long written = 0;
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await body.ReadAsync(buffer.AsMemory(0, BlockBytes), context.RequestAborted);
                }
                catch (BadHttpRequestException e)
                {
                    // Kestrel's own refusals (a malformed chunked body, a body over a limit): the client's fault, not a 500.
                    return (Stop.BadBody, e.StatusCode);
                }
                catch (Exception e) when (e is IOException or OperationCanceledException)
                {
                    return (Stop.ClientGone, 0);
                }
                if (read == 0) return (Stop.EndOfBody, 0);
                var take = (int)Math.Min(read, limit - written);
                if (take > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, take), CancellationToken.None);
                    checksum?.Append(buffer.AsSpan(0, take));
                    written += take;
                }
                if (take < read) return (Stop.BeyondLimit, 0);
                if (clock.GetElapsedTime(checkedAt) >= recheck)
                {
                    if (await OrgAccess.FindMembershipAsync(db, upload.OrganizationId, upload.UploaderId, CancellationToken.None) is null)
                        return (Stop.AccessLost, 0);
                    checkedAt = clock.GetTimestamp();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
