using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>Stops a link from admitting anyone else; people who already joined stay.</summary>
public static class RevokeJoinLink
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/join-links/{linkId:guid}/revoke", Handle).ForStaff().WithName(nameof(RevokeJoinLink)).WithSummary("Revoke a join link");

    private static async Task<Results<Ok<JoinLinkDto>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid linkId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var link = await db.JoinLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.OrganizationId == organizationId, ct);
        if (link is null) return Problems.NotFound("join_link_not_found", Texts.JoinLinkNotFound);
        if (!await JoinLinkLookup.CanManageAsync(db, caller.Membership, link, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);
        var now = clock.GetUtcNow().UtcDateTime;
        link.RevokedAt ??= now;
        await db.SaveChangesAsync(ct);
        var className = link.ClassId is null ? null : await db.Classes.Where(c => c.Id == link.ClassId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(JoinLinkDto.From(link, className, now));
    }
}
