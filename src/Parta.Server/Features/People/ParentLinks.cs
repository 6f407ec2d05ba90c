using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// ID-4: what makes a parent a parent here. A class's parent link only lets someone in to ask; class links get
/// forwarded, so the school's chats open to a parent through a link to a child that the child (or the class
/// teacher, or an administrator) confirmed — and only while that child is an active student.
/// </summary>
public static class ParentLinks
{
    public static IQueryable<Guardianship> Confirmed(PartaDbContext db) =>
        db.Guardianships.Where(g => g.Status == GuardianshipStatus.Confirmed
                                    && db.Memberships.Where(OrgAccess.IsActive).Any(s => s.Id == g.StudentMembershipId));

    /// <summary>A parent membership still waiting for a confirmed child: the web client shows them what is pending instead of chats.</summary>
    public static async Task<bool> AwaitsChildAsync(PartaDbContext db, Membership membership, CancellationToken ct) =>
        membership.Role == OrganizationRole.Parent && !await Confirmed(db).AnyAsync(g => g.ParentMembershipId == membership.Id, ct);

    /// <summary>
    /// For the doors a person walks through on their own (opening a direct chat, an invitation link): a parent
    /// waiting for their child writes to nobody yet, as an unconfirmed teacher does (ID-2).
    /// </summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(PartaDbContext db, Membership membership, CancellationToken ct) =>
        await AwaitsChildAsync(db, membership, ct) ? Problems.Of(StatusCodes.Status403Forbidden, "child_not_confirmed", Texts.ParentAwaitsChild) : null;
}
