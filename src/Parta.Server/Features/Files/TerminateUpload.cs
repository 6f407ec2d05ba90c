using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>tus termination (DELETE): the uploader gives up an upload; its bytes go at once and stop counting against the quota.</summary>
public static class TerminateUpload
{
    public static void Map(RouteGroupBuilder uploads) =>
        uploads.MapDelete("/{uploadId:guid}", Handle).WithName(nameof(TerminateUpload))
            .WithSummary("Abandon an unfinished upload (tus termination)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status423Locked);

    private static async Task<IResult> Handle(Guid organizationId, Guid uploadId, HttpContext context, PartaDbContext db, PartialUploads partials, CancellationToken ct)
    {
        var (upload, problem) = await StoredFileAccess.FindOwnUploadAsync(db, organizationId, uploadId, context.User, ct);
        if (upload is null) return problem!;
        FileStream? bytes = null;
        try
        {
            // Held while deleting, so that a request still appending cannot write to (or finish) what is being deleted.
            bytes = partials.OpenForAppend(upload.Id);
            if (bytes is null) return Problems.Of(StatusCodes.Status423Locked, "upload_busy", FileTexts.UploadBusy);
            partials.Delete(upload.Id);
        }
        catch (FileNotFoundException)
        {
            // The bytes were already gone; the row goes too.
        }
        finally
        {
            if (bytes is not null) await bytes.DisposeAsync();
        }
        db.FileUploads.Remove(upload);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
