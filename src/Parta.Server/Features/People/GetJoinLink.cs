using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.People;

/// <summary>What a person sees before joining: which organization, and as whom.</summary>
public static class GetJoinLink
{
    public sealed record JoinLinkInfoDto(Guid OrganizationId, string OrganizationShortName, string OrganizationFullName, JoinLinkKind Kind, string? ClassName);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/join/{token}", Handle).WithName(nameof(GetJoinLink)).WithSummary("Show a join link");

    private static async Task<Results<Ok<JoinLinkInfoDto>, ProblemHttpResult>> Handle(string token, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (link, problem) = await JoinLinkLookup.FindUsableAsync(db, token, clock.GetUtcNow().UtcDateTime, ct);
        if (link is null) return problem!;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == link.OrganizationId)
            .Select(o => new { o.ShortName, o.FullName }).FirstAsync(ct);
        var className = link.ClassId is null ? null : await db.Classes.Where(c => c.Id == link.ClassId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new JoinLinkInfoDto(link.OrganizationId, organization.ShortName, organization.FullName, link.Kind, className));
    }
}
