using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Chats;

/// <summary>Checks and rows shared by the use cases that put people into group chats (by an admin's hand or an invitation link).</summary>
public static class ChatMembership
{
    /// <summary>
    /// An ordinary member joining a chat that already has history: they see the earlier messages only if the
    /// chat allows it, and start with nothing unread.
    /// </summary>
    public static ChatMember Newcomer(Chat chat, Guid accountId, DateTime now)
    {
        var member = NewChat.Member(chat, accountId, false, now);
        member.ReadSeq = chat.LastSeq;
        member.VisibleFromSeq = chat.NewMembersSeeHistory ? 0 : chat.LastSeq + 1;
        return member;
    }

    /// <summary>Those of these accounts who are not active members of the organization (MSG-2: outsiders never get in).</summary>
    public static async Task<List<Guid>> OutsidersAsync(PartaDbContext db, Guid organizationId, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var members = await db.Memberships.Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == organizationId && accountIds.Contains(m.AccountId))
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
