using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>The applicant's private view of their application, reached only through the tracking link.</summary>
public static class TrackApplication
{
    public sealed record ApplicationStatusDto(
        string FullName, string ShortName, ApplicationStatus Status, DateTime SubmittedAt, DateTime? ReviewedAt,
        string? RejectionReason, string? OrganizationSlug);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/track/{token}", Handle).WithName(nameof(TrackApplication)).WithSummary("Track a school's application");

    private static async Task<Results<Ok<ApplicationStatusDto>, ProblemHttpResult>> Handle(string token, PartaDbContext db, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var status = await (
            from a in db.Applications
            where a.TrackingTokenHash == hash
            join o in db.Organizations on a.OrganizationId equals o.Id into organizations
            from o in organizations.DefaultIfEmpty()
            select new ApplicationStatusDto(a.FullName, a.ShortName, a.Status, a.SubmittedAt, a.ReviewedAt, a.RejectionReason,
                o == null ? null : o.Slug)).FirstOrDefaultAsync(ct);
        return status is null ? Problems.NotFound("application_not_found", Texts.ApplicationNotFound) : TypedResults.Ok(status);
    }
}
