using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// tus HEAD: how many bytes of an upload the server has, so a client that was cut off (or outlived a server
/// restart) resumes from there. A finished upload answers with its full length, so a client that missed the
/// answer to its last request learns it is done instead of starting over.
/// </summary>
public static class GetUploadOffset
{
    public static void Map(RouteGroupBuilder uploads) =>
        uploads.MapMethods("/{uploadId:guid}", [HttpMethods.Head], Handle).WithName(nameof(GetUploadOffset))
            .WithSummary("Ask how much of an upload has arrived (tus HEAD)")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> Handle(Guid organizationId, Guid uploadId, HttpContext context, PartaDbContext db,
        PartialUploads partials, UploadCompletion completion, TimeProvider clock, CancellationToken ct)
    {
        var (membership, problem) = await StoredFileAccess.RequireUploaderAsync(db, organizationId, context.User, ct);
        if (membership is null) return problem!;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var upload = await db.FileUploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.OrganizationId == organizationId && u.UploaderId == membership.AccountId, ct);
        if (upload is null)
        {
            var finished = await db.StoredFiles.Where(f => f.Id == uploadId && f.OrganizationId == organizationId && f.UploaderId == membership.AccountId)
                .Select(f => (long?)f.Size).FirstOrDefaultAsync(ct);
            if (finished is null) return TusProtocol.UploadNotFound();
            WriteProgress(response, finished.Value, finished.Value);
            return TypedResults.Ok();
        }
        if (upload.ExpiresAt <= clock.GetUtcNow().UtcDateTime) return Problems.Of(StatusCodes.Status410Gone, "upload_expired", FileTexts.UploadExpired);
        if (partials.OffsetOf(upload.Id) is not { } offset) return TusProtocol.UploadNotFound();
        TusProtocol.WriteExpires(response, upload.ExpiresAt);
        if (offset == upload.Length && await FinishAfterCrashAsync(db, upload, partials, completion) is { } refusal) return refusal;
        WriteProgress(response, offset, upload.Length);
        return TypedResults.Ok();
    }

    private static void WriteProgress(HttpResponse response, long offset, long length)
    {
        TusProtocol.WriteOffset(response, offset);
        response.Headers[TusProtocol.UploadLength] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every byte is here but the server stopped before finishing (killed mid-way): finish now.</summary>
    private static async Task<IResult?> FinishAfterCrashAsync(PartaDbContext db, Parta.Data.Entities.FileUpload upload, PartialUploads partials, UploadCompletion completion)
    {
        await using var bytes = partials.OpenForAppend(upload.Id);
        // Busy: the request that brought the last byte is finishing it right now.
        if (bytes is null) return null;
        return await completion.CompleteAsync(db, upload, bytes);
    }
}
