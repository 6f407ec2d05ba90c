using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Operator;

/// <summary>The appointment document, shown inline in the operator's browser (type fixed at upload from its content).</summary>
public static class GetApplicationDocument
{
    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/applications/{id:guid}/document", Handle).WithName(nameof(GetApplicationDocument)).WithSummary("An application's document")
            .WithMetadata(new AllowSameOriginFramingAttribute());

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Handle(
        Guid id, HttpContext context, PartaDbContext db, IFileStore files, CancellationToken ct)
    {
        var document = await db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.DocumentStorageKey, a.DocumentContentType, a.DocumentFileName }).FirstOrDefaultAsync(ct);
        if (document is null) return Problems.NotFound("application_not_found", Texts.ApplicationNotFound);

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(document.DocumentFileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Stream(await files.OpenReadAsync(document.DocumentStorageKey, ct), document.DocumentContentType, enableRangeProcessing: true);
    }
}
