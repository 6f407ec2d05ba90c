using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// The closed space's door, in one place: a handler asks for the caller's membership and gets null for
/// anyone outside, who then sees a 404 as if the organization did not exist.
/// </summary>
public static class OrgAccess
{
    public static Task<Membership?> FindMembershipAsync(PartaDbContext db, Guid organizationId, Guid? accountId, CancellationToken ct) =>
        accountId is null
            ? Task.FromResult<Membership?>(null)
            : db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == organizationId && m.AccountId == accountId)
                .OrderBy(m => m.Role).FirstOrDefaultAsync(ct);
}
