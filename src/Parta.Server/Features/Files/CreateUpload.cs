using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// tus creation (POST): a member announces a file's length and name; the quota and the size limit are checked
/// before a byte is taken, and the answer's Location is where the bytes go. With creation-with-upload the first
/// bytes ride along in the same request.
/// </summary>
public static class CreateUpload
{
    public static void Map(RouteGroupBuilder uploads) =>
        uploads.MapPost("", Handle).WithName(nameof(CreateUpload))
            .WithSummary("Start a resumable upload (tus creation, creation-with-upload)")
            .Accepts<byte[]>(isOptional: true, TusProtocol.ChunkContentType)
            .Produces(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> Handle(Guid organizationId, HttpContext context, PartaDbContext db, PartialUploads partials,
        UploadQuota quota, UploadAppender appender, IOptions<FilesOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (membership, problem) = await StoredFileAccess.RequireUploaderAsync(db, organizationId, context.User, ct);
        if (membership is null) return problem!;
        var request = context.Request;
        if (!request.Headers.ContainsKey(TusProtocol.UploadLength))
            return Problems.Of(StatusCodes.Status400BadRequest, "upload_length_required", FileTexts.LengthRequired);
        if (TusProtocol.ReadLength(request, TusProtocol.UploadLength) is not { } length)
            return Problems.Of(StatusCodes.Status400BadRequest, "upload_length_invalid", FileTexts.LengthInvalid);
        if (length == 0) return Problems.Of(StatusCodes.Status400BadRequest, "file_empty", FileTexts.EmptyFile);
        var maximum = options.Value.MaxFileBytes;
        if (length > maximum)
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "file_too_large", string.Format(FileTexts.FileTooLarge, TusProtocol.Size(maximum)));
        if (UploadMetadata.Parse(request.Headers[TusProtocol.UploadMetadata]) is not { } metadata)
            return Problems.Of(StatusCodes.Status400BadRequest, "upload_metadata_invalid", FileTexts.MetadataInvalid);
        if (FileTypes.IsProgram(metadata.FileName, metadata.FileType))
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "file_type_refused", FileTexts.TypeRefused);
        var room = await quota.RoomAsync(db, organizationId, except: null, ct);
        if (length > room) return UploadQuota.Exceeded(room);

        var now = clock.GetUtcNow().UtcDateTime;
        var upload = new FileUpload
        {
            Id = Guid.NewGuid(), OrganizationId = organizationId, UploaderId = membership.AccountId, Length = length,
            FileName = metadata.FileName, DeclaredType = metadata.FileType, CreatedAt = now,
            // Whole seconds: the Upload-Expires header has no finer ones.
            ExpiresAt = now.AddHours(options.Value.UploadExpiryHours).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
        };
        // The bytes' file first: a crash between the two leaves a file the sweeper removes, never a row without bytes.
        partials.Create(upload.Id);
        db.FileUploads.Add(upload);
        await db.SaveChangesAsync(ct);

        var response = context.Response;
        response.Headers.Location = $"/api/organizations/{organizationId}/uploads/{upload.Id}";
        TusProtocol.WriteExpires(response, upload.ExpiresAt);
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any(e => e?.Contains("chunked") == true))
            return TypedResults.StatusCode(StatusCodes.Status201Created);
        var (offset, refusal) = await appender.AppendAsync(context, db, upload, claimedOffset: 0);
        TusProtocol.WriteOffset(response, offset);
        return refusal ?? TypedResults.StatusCode(StatusCodes.Status201Created);
    }
}
