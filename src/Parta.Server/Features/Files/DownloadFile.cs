using Microsoft.Net.Http.Headers;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// A stored file's bytes, for those <see cref="StoredFileAccess"/> lets in (others: 404). Byte ranges (206) let a video seek
/// and a broken download resume; the ETag is the content's SHA-256. The type is the one decided from the bytes, never
/// the client's, and anything a browser could run as a page (HTML, SVG, XML, unknown bytes) is only ever an attachment.
/// </summary>
public static class DownloadFile
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/files/{fileId:guid}", Handle).WithName(nameof(DownloadFile))
            .WithSummary("Download a stored file (byte ranges, ETag)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), FileTypes.Binary)
            .Produces(StatusCodes.Status206PartialContent).Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);

    private static async Task<IResult> Handle(Guid organizationId, Guid fileId, HttpContext context, PartaDbContext db, IFileStore store, CancellationToken ct)
    {
        var (file, problem) = await StoredFileAccess.FindDownloadableAsync(db, organizationId, fileId, context.User, ct);
        if (file is null) return problem!;
        var headers = context.Response.Headers;
        var disposition = new ContentDispositionHeaderValue(FileTypes.IsSafeInline(file.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        // Revalidated every time (the ETag makes that cheap), so a person whose access ended stops getting it from cache.
        headers.CacheControl = "private, no-cache";
        var contentType = file.ContentType.StartsWith("text/", StringComparison.Ordinal) ? file.ContentType + "; charset=utf-8" : file.ContentType;
        return TypedResults.File(store.OpenRead(file.StorageKey), contentType, lastModified: file.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }
}
