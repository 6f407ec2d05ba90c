using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Structure;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>ID-4: the child confirms a parent's link from their own account, or the class teacher (or an administrator) does.</summary>
public static class ConfirmGuardianship
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/guardianships/{guardianshipId:guid}/confirm", Handle).ForMembers().WithName(nameof(ConfirmGuardianship)).WithSummary("Confirm a parent's link to a child");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid guardianshipId, PartaDbContext db, ChatRoster roster, TimeProvider clock, CancellationToken ct)
    {
        var guardianship = await db.Guardianships.FirstOrDefaultAsync(g => g.Id == guardianshipId && g.OrganizationId == organizationId, ct);
        if (guardianship is null) return Problems.NotFound("guardianship_not_found", Texts.GuardianshipNotFound);

        var me = caller.AccountId;
        var isTheChild = await db.Memberships.AnyAsync(m => m.Id == guardianship.StudentMembershipId && m.AccountId == me, ct);
        var childClass = await db.ClassMembers.Where(c => c.MembershipId == guardianship.StudentMembershipId).Select(c => (Guid?)c.ClassId).FirstOrDefaultAsync(ct);
        var managesClass = childClass is { } classId && await ClassAccess.CanManageAsync(db, caller.Membership, classId, ct);
        if (!isTheChild && !managesClass && !OrgAccess.IsAdministrator(caller.Membership))
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);

        if (guardianship.Status != GuardianshipStatus.Confirmed)
        {
            guardianship.Status = GuardianshipStatus.Confirmed;
            guardianship.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
            guardianship.ConfirmedById = me;
            await db.SaveChangesAsync(ct);
            // A confirmed parent belongs in their child's parents' chats from now on.
            var parent = await db.Memberships.Where(m => m.Id == guardianship.ParentMembershipId).Select(m => m.AccountId).FirstAsync(ct);
            await roster.SyncAsync(organizationId, [parent], ct);
        }
        return TypedResults.NoContent();
    }
}
