using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;

namespace Parta.Server.Features.Files;

/// <summary>
/// An organization's room for files: the quota less its stored files (not those found infected: their bytes are gone) and the bytes its uploads under way already
/// hold. Checked when an upload is created (for its whole length) and again as its bytes arrive, since uploads
/// created side by side may each fit alone and not together.
/// </summary>
public sealed class UploadQuota(IOptions<FilesOptions> options)
{
    /// <param name="except">The upload asking, whose own bytes so far the caller counts from its file.</param>
    public async Task<long> RoomAsync(PartaDbContext db, Guid organizationId, Guid? except, CancellationToken ct)
    {
        var stored = await db.StoredFiles.Where(f => f.OrganizationId == organizationId && f.ScanState != Parta.Data.Entities.FileScanState.Infected).SumAsync(f => (long?)f.Size, ct) ?? 0;
        var partial = await db.FileUploads.Where(u => u.OrganizationId == organizationId && u.Id != except).SumAsync(u => (long?)u.Offset, ct) ?? 0;
        return Math.Max(0, options.Value.OrganizationQuotaBytes - stored - partial);
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Exceeded(long room) =>
        Infrastructure.Problems.Of(StatusCodes.Status413PayloadTooLarge, "quota_exceeded", string.Format(FileTexts.QuotaExceeded, TusProtocol.Size(room)));
}
