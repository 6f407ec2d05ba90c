using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// ID-8: an administrator ends a member's access at once (every request checks the membership), keeping
/// the membership and its history; reactivation undoes a mistake.
/// </summary>
public static class DeactivateMember
{
    public static void Map(RouteGroupBuilder organization)
    {
        organization.MapPost("/members/{membershipId:guid}/deactivate", (Guid organizationId, OrganizationMember administrator, Guid membershipId, PartaDbContext db, ChatRoster roster, TimeProvider clock, CancellationToken ct) =>
            SetAsync(organizationId, administrator, membershipId, db, roster, clock.GetUtcNow().UtcDateTime, ct)).ForAdministrators().WithName(nameof(DeactivateMember)).WithSummary("Close a member's access");
        organization.MapPost("/members/{membershipId:guid}/reactivate", (Guid organizationId, OrganizationMember administrator, Guid membershipId, PartaDbContext db, ChatRoster roster, CancellationToken ct) =>
            SetAsync(organizationId, administrator, membershipId, db, roster, null, ct)).ForAdministrators().WithName("ReactivateMember").WithSummary("Restore a member's access");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetAsync(
        Guid organizationId, OrganizationMember administrator, Guid membershipId, PartaDbContext db, ChatRoster roster, DateTime? deactivatedAt, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganizationId == organizationId, ct);
        if (membership is null) return Problems.NotFound("membership_not_found", Texts.MembershipNotFound);
        if (membership.AccountId == administrator.AccountId) return Problems.Conflict("cannot_deactivate_self", Texts.CannotDeactivateSelf);
        membership.DeactivatedAt = deactivatedAt;
        membership.DeactivatedById = deactivatedAt is null ? null : administrator.AccountId;
        await db.SaveChangesAsync(ct);
        // Their realtime connections leave this organization's chats at once.
        await roster.SyncAsync(organizationId, [membership.AccountId], ct);
        return TypedResults.NoContent();
    }
}
