using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// BEY-3's school rules for the direct chats that already exist. New chats are guarded where they open
/// (<see cref="ChildSafety"/> for classmates, <see cref="SupervisedChats"/> for staff with a student); a direct
/// chat the current rules would no longer open — two classmates while the school has switched that off, a staff
/// member alone with a student while the school wants a companion — becomes read-only for both, and writable again
/// when the rule is lifted. Read-only rather than removed, so what was said stays for the school to see.
/// </summary>
public sealed class StudentContactRules(PartaDbContext db, ChatEvents events)
{
    public async Task ApplyToDirectChatsAsync(Organization organization, CancellationToken ct)
    {
        var classmatesClosed = !organization.ClassmatesMayMessage;
        var companionRequired = organization.TeacherStudentChatCompanion != StudentChatCompanion.None;
        var people = db.Memberships.Where(m => m.OrganizationId == organization.Id);
        var students = people.Where(m => m.Role == OrganizationRole.Student).Select(m => m.AccountId);
        var staff = people.Where(m => m.Role == OrganizationRole.Administrator || m.Role == OrganizationRole.Teacher).Select(m => m.AccountId);
        var chats = await db.Chats.Where(c => c.OrganizationId == organization.Id && c.Kind == ChatKind.Direct)
            .Select(c => new
            {
                c.Id, c.WhoMayWrite,
                Closed = (classmatesClosed && db.ChatMembers.Where(cm => cm.ChatId == c.Id).All(cm => students.Contains(cm.AccountId)))
                         || (companionRequired && db.ChatMembers.Any(cm => cm.ChatId == c.Id && students.Contains(cm.AccountId))
                                               && db.ChatMembers.Any(cm => cm.ChatId == c.Id && staff.Contains(cm.AccountId))),
            }).ToListAsync(ct);
        var close = chats.Where(c => c.Closed && c.WhoMayWrite != ChatPermission.Admins).Select(c => c.Id).ToList();
        var reopen = chats.Where(c => !c.Closed && c.WhoMayWrite != ChatPermission.Everyone).Select(c => c.Id).ToList();
        if (close.Count + reopen.Count == 0) return;
        var changed = close.Concat(reopen).ToList();
        var members = await db.ChatMembers.Where(cm => changed.Contains(cm.ChatId)).Select(cm => cm.AccountId).Distinct().ToListAsync(ct);
        await db.Chats.Where(c => close.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.WhoMayWrite, ChatPermission.Admins), ct);
        await db.Chats.Where(c => reopen.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.WhoMayWrite, ChatPermission.Everyone), ct);
        // Their clients fetch the chat list again, which closes (or opens) the composer at once.
        await events.ChatsChangedAsync(members);
    }
}
