using Microsoft.AspNetCore.Mvc;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// tus PATCH: the next bytes of an upload, from the offset the client names (it must be where the server is:
/// 409 otherwise). The request may be as long as the file, so Kestrel's body limit is lifted here and only here;
/// <see cref="UploadAppender"/> stops at the upload's length and the quota itself.
/// </summary>
public static class AppendToUpload
{
    public static void Map(RouteGroupBuilder uploads) =>
        uploads.MapPatch("/{uploadId:guid}", Handle).WithName(nameof(AppendToUpload))
            .WithSummary("Send the next bytes of an upload (tus PATCH)")
            .WithMetadata(new DisableRequestSizeLimitAttribute())
            .Accepts<byte[]>(TusProtocol.ChunkContentType)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status423Locked).ProducesProblem(TusProtocol.ChecksumMismatchStatus);

    private static async Task<IResult> Handle(Guid organizationId, Guid uploadId, HttpContext context, PartaDbContext db,
        UploadAppender appender, TimeProvider clock, CancellationToken ct)
    {
        var (upload, problem) = await StoredFileAccess.FindOwnUploadAsync(db, organizationId, uploadId, context.User, ct);
        if (upload is null) return problem!;
        if (upload.ExpiresAt <= clock.GetUtcNow().UtcDateTime) return Problems.Of(StatusCodes.Status410Gone, "upload_expired", FileTexts.UploadExpired);
        if (TusProtocol.ReadLength(context.Request, TusProtocol.UploadOffset) is not { } claimed)
            return Problems.Of(StatusCodes.Status400BadRequest, "upload_offset_invalid", FileTexts.OffsetInvalid);
        var (offset, refusal) = await appender.AppendAsync(context, db, upload, claimed);
        TusProtocol.WriteOffset(context.Response, offset);
        TusProtocol.WriteExpires(context.Response, upload.ExpiresAt);
        return refusal ?? TypedResults.NoContent();
    }
}
