using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary><c>TwoFactorRequired</c>: the password was right and a second factor is expected (POST /api/session/two-factor).</summary>
public sealed record SessionDto(bool Authenticated, string CsrfToken, SessionUserDto? User, bool TwoFactorRequired = false);

/// <summary>
/// <c>ClosedOrganizationIds</c>: schools whose administrator closed this person's access (ID-8), so that after
/// signing in they are told so there instead of landing on the front page as if they belonged nowhere.
/// </summary>
public sealed record SessionUserDto(
    Guid Id, string FullName, bool IsOperator, bool TwoFactorEnabled, IReadOnlyList<SessionOrganizationDto> Organizations,
    IReadOnlyList<Guid> ClosedOrganizationIds);

/// <summary>One membership; <c>Verified</c> is false for staff an administrator has not confirmed yet (ID-2).</summary>
public sealed record SessionOrganizationDto(Guid Id, string ShortName, Parta.Data.Entities.OrganizationRole Role, bool Verified);

public static class SessionResponse
{
    /// <summary>The session as the client needs it, with an anti-forgery token bound to the current user.</summary>
    public static async Task<SessionDto> BuildAsync(HttpContext context, PartaDbContext db, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var csrf = antiforgery.GetAndStoreTokens(context).RequestToken!;
        var userId = CurrentUser.IdOf(context.User);
        if (userId is null) return new SessionDto(false, csrf, null);

        var account = await db.Users.AsNoTracking().Where(a => a.Id == userId).Select(a => new { a.Id, a.FullName, a.IsOperator, a.TwoFactorEnabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null) return new SessionDto(false, csrf, null);

        // One query for open and closed memberships alike; they are told apart here.
        var memberships = await (
            from m in db.Memberships
            join o in db.Organizations on m.OrganizationId equals o.Id
            where m.AccountId == account.Id
            orderby o.ShortName
            select new
            {
                Organization = new SessionOrganizationDto(o.Id, o.ShortName, m.Role,
                    (m.Role != Parta.Data.Entities.OrganizationRole.Teacher || m.VerifiedAt != null) && m.ParentConsentTokenHash == null),
                Closed = m.DeactivatedAt != null,
            }).ToListAsync(cancellationToken);
        var organizations = memberships.Where(m => !m.Closed).Select(m => m.Organization).ToList();
        var closed = memberships.Where(m => m.Closed).Select(m => m.Organization.Id).Except(organizations.Select(o => o.Id)).ToList();
        return new SessionDto(true, csrf, new SessionUserDto(account.Id, account.FullName, account.IsOperator, account.TwoFactorEnabled, organizations, closed));
    }
}
