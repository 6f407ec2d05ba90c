using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// The closed space's door, in one place. Outsiders get 404 (as if the organization did not exist);
/// members whose role does not allow the action get 403.
/// </summary>
public static class OrgAccess
{
    public static Task<Membership?> FindMembershipAsync(PartaDbContext db, Guid organizationId, Guid? accountId, CancellationToken ct) =>
        accountId is null
            ? Task.FromResult<Membership?>(null)
            : db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == organizationId && m.AccountId == accountId).Where(IsActive)
                .OrderBy(m => m.Role).FirstOrDefaultAsync(ct);

    /// <summary>A membership that opens the door: not deactivated, and not waiting for a parent's consent (ID-7).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Membership, bool>> IsActive = m => m.DeactivatedAt == null && m.ParentConsentTokenHash == null;

    /// <summary>When a person holds several roles in one organization, the door uses the first by role order (as <see cref="FindMembershipAsync"/> does).</summary>
    public static Membership? Principal(IEnumerable<Membership?> memberships) => memberships.OfType<Membership>().MinBy(m => m.Role);

    public static bool IsAdministrator(Membership m) => m.Role == OrganizationRole.Administrator;

    /// <summary>Administrators, and teachers an administrator has confirmed (ID-2).</summary>
    public static bool IsStaff(Membership m) => IsAdministrator(m) || (m.Role == OrganizationRole.Teacher && m.VerifiedAt is not null);

    /// <summary>
    /// Administrator-only actions. An administrator holds the keys to a school full of children's data,
    /// so they act only with a second factor enabled (ID-5) unless the operator switched that off
    /// (<paramref name="requireSecondFactor"/>: <see cref="SecurityOptions.RequireAdministratorSecondFactor"/>).
    /// </summary>
    public static async Task<(Membership? Membership, ProblemHttpResult? Problem)> RequireAdministratorAsync(
        PartaDbContext db, Guid organizationId, ClaimsPrincipal user, bool requireSecondFactor, CancellationToken ct)
    {
        var (membership, problem) = await RequireAsync(db, organizationId, user, IsAdministrator, ct);
        if (membership is null) return (null, problem);
        if (requireSecondFactor && !await db.Users.AnyAsync(a => a.Id == membership.AccountId && a.TwoFactorEnabled, ct))
            return (null, Problems.Of(StatusCodes.Status403Forbidden, "two_factor_required", Texts.TwoFactorRequired));
        return (membership, null);
    }

    /// <summary>The caller's membership when <paramref name="allowed"/> says yes; otherwise the problem to answer with.</summary>
    public static async Task<(Membership? Membership, ProblemHttpResult? Problem)> RequireAsync(
        PartaDbContext db, Guid organizationId, ClaimsPrincipal user, Func<Membership, bool> allowed, CancellationToken ct)
    {
        var membership = await FindMembershipAsync(db, organizationId, CurrentUser.IdOf(user), ct);
        if (membership is null) return (null, Problems.NotFound("organization_not_found", Texts.OrganizationNotFound));
        if (!allowed(membership)) return (null, Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden));
        return (membership, null);
    }
}
