using Microsoft.Net.Http.Headers;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// A stored file's bytes, for those <see cref="StoredFileAccess"/> lets in (others: 404), once the virus scanner passed it (FILE-4). Byte ranges (206) let a video seek
/// and a broken download resume; the ETag is the content's SHA-256. The type is the one decided from the bytes, never
/// the client's, and anything a browser could run as a page (HTML, SVG, XML, unknown bytes) is only ever an attachment.
/// With object storage the answer is a redirect to a short-lived signed link that makes the storage answer with the same
/// type and disposition (ranges and ETags are the storage's then); the bytes come from the storage's own origin.
/// </summary>
public static class DownloadFile
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/files/{fileId:guid}", Handle).WithName(nameof(DownloadFile))
            .WithSummary("Download a stored file (byte ranges, ETag)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), FileTypes.Binary)
            .Produces(StatusCodes.Status206PartialContent).Produces(StatusCodes.Status302Found).Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);

    private static async Task<IResult> Handle(Guid organizationId, Guid fileId, HttpContext context, PartaDbContext db, IFileStore store, CancellationToken ct)
    {
        var (file, problem) = await StoredFileAccess.FindDownloadableAsync(db, organizationId, fileId, context.User, ct);
        if (file is null) return problem!;
        if (StoredFileAccess.WhyNotServed(file, context.User) is { } unscanned) return unscanned;
        var headers = context.Response.Headers;
        var disposition = new ContentDispositionHeaderValue(FileTypes.IsSafeInline(file.ContentType) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        var contentType = file.ContentType.StartsWith("text/", StringComparison.Ordinal) ? file.ContentType + "; charset=utf-8" : file.ContentType;
        if (store.DirectDownloadUrl(file.StorageKey, contentType, disposition.ToString()) is { } direct)
        {
            // The link works for minutes only; the redirect is asked for again each time, so access is checked each time.
            headers.CacheControl = "no-store";
            return TypedResults.Redirect(direct.AbsoluteUri);
        }
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        // Revalidated every time (the ETag makes that cheap), so a person whose access ended stops getting it from cache.
        headers.CacheControl = "private, no-cache";
        return TypedResults.File(await store.OpenReadAsync(file.StorageKey, ct), contentType, lastModified: file.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }
}
