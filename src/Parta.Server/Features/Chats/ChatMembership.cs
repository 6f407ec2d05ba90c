using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>Checks shared by the use cases that put people into chats by hand.</summary>
public static class ChatMembership
{
    /// <summary>Those of these accounts who are not active members of the organization (MSG-2: outsiders never get in).</summary>
    public static async Task<List<Guid>> OutsidersAsync(PartaDbContext db, Guid organizationId, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var members = await db.Memberships
            .Where(m => m.OrganizationId == organizationId && accountIds.Contains(m.AccountId) && m.DeactivatedAt == null && m.ParentConsentTokenHash == null)
            .Select(m => m.AccountId).Distinct().ToListAsync(ct);
        return accountIds.Except(members).ToList();
    }

    /// <summary>Those of these accounts who are students the adder may not reach (<see cref="ChildSafety"/>).</summary>
    public static async Task<List<Guid>> UnreachableStudentsAsync(PartaDbContext db, Guid organizationId, Guid adderId, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var unreachable = new List<Guid>();
        foreach (var id in accountIds)
            if (await ChildSafety.IsStudentAsync(db, organizationId, id, ct) && !await ChildSafety.MayTalkAsync(db, organizationId, id, adderId, ct))
                unreachable.Add(id);
        return unreachable;
    }
}
