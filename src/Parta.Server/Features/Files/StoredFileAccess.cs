using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// Who may reach an upload or a file, in one place. An upload under way is its uploader's alone. A stored file is
/// for its uploader and the organization's administrators; attachments (MSG-3) and the library (FILE-3) will widen
/// <see cref="MayDownload"/>. Everyone else gets 404, as if the file did not exist.
/// </summary>
public static class StoredFileAccess
{
    public static bool MayDownload(StoredFile file, Membership caller) =>
        file.UploaderId == caller.AccountId || OrgAccess.IsAdministrator(caller);

    public static async Task<(StoredFile? File, ProblemHttpResult? Problem)> FindDownloadableAsync(
        PartaDbContext db, Guid organizationId, Guid fileId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (membership, problem) = await OrgAccess.RequireAsync(db, organizationId, user, _ => true, ct);
        if (membership is null) return (null, problem);
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.OrganizationId == organizationId, ct);
        return file is not null && MayDownload(file, membership) ? (file, null) : (null, Problems.NotFound("file_not_found", FileTexts.FileNotFound));
    }

    /// <summary>
    /// FILE-4, for a file <see cref="FindDownloadableAsync"/> found: a file the scanner has not passed yet is its uploader's
    /// alone (409 <c>file_scanning</c> for the others, who know of it already); an infected one is nobody's.
    /// </summary>
    public static ProblemHttpResult? WhyNotServed(StoredFile file, ClaimsPrincipal user) => file.ScanState switch
    {
        FileScanState.Infected => Problems.Conflict("file_infected", FileTexts.Infected),
        FileScanState.Pending when file.UploaderId != CurrentUser.IdOf(user) => Problems.Conflict("file_scanning", FileTexts.Scanning),
        _ => null,
    };

    /// <summary>Any active member may upload into their organization.</summary>
    public static Task<(Membership? Membership, ProblemHttpResult? Problem)> RequireUploaderAsync(
        PartaDbContext db, Guid organizationId, ClaimsPrincipal user, CancellationToken ct) =>
        OrgAccess.RequireAsync(db, organizationId, user, _ => true, ct);

    /// <summary>The caller's own upload (tracked, for changes), or the problem to answer with.</summary>
    public static async Task<(FileUpload? Upload, ProblemHttpResult? Problem)> FindOwnUploadAsync(
        PartaDbContext db, Guid organizationId, Guid uploadId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (membership, problem) = await RequireUploaderAsync(db, organizationId, user, ct);
        if (membership is null) return (null, problem);
        var upload = await db.FileUploads.FirstOrDefaultAsync(u => u.Id == uploadId && u.OrganizationId == organizationId && u.UploaderId == membership.AccountId, ct);
        return upload is null ? (null, TusProtocol.UploadNotFound()) : (upload, null);
    }
}
