using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.People;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: chats bound to the organization's structure follow it. The information channel holds every
/// active member (administrators are its admins); a class chat holds the class's teachers (admins) and,
/// by its audience, its students and/or the parents of those students; a team chat holds its group's members (staff are admins).
/// A parent counts only through a confirmed link to a child (ID-4): class parent links get forwarded, so
/// holding one proves nothing, and until a child (or the class teacher) confirms them a parent waits outside
/// the class chats and the channel, as an unconfirmed teacher does.
/// Reconciling compares that roster with the chat rows and adds, removes and re-flags; it is idempotent,
/// so the use cases that change people call it afterwards, and listing chats calls it for the caller too.
/// </summary>
public sealed class ChatRoster(PartaDbContext db, ChatEvents events, TimeProvider clock)
{
    private sealed record Person(Guid MembershipId, Guid AccountId, OrganizationRole Role, bool Staff);

    /// <summary>
    /// After a committed change of people or structure: reconcile, then move the affected people's live
    /// connections into and out of the chats' groups.
    /// </summary>
    public async Task SyncAsync(Guid organizationId, IReadOnlyCollection<Guid>? onlyAccounts, CancellationToken ct)
    {
        var changed = await ReconcileAsync(organizationId, onlyAccounts, ct);
        // Deactivation keeps the rows but closes them all: those people are refreshed even when no row changed.
        await events.PeopleChangedAsync(onlyAccounts is null ? changed : [.. changed.Union(onlyAccounts)]);
    }

    /// <summary>
    /// Brings the roster-bound chats of an organization in line, for everybody or only for these people.
    /// Returns the people whose chats changed (for <c>ChatEvents.PeopleChangedAsync</c> after the commit).
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>> ReconcileAsync(Guid organizationId, IReadOnlyCollection<Guid>? onlyAccounts, CancellationToken ct)
    {
        await EnsureChannelAsync(organizationId, ct);
        for (var attempt = 1; ; attempt++)
        {
            try { return await ReconcileOnceAsync(organizationId, onlyAccounts, ct); }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A concurrent reconcile added the same rows first; the next pass sees them.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyCollection<Guid>> ReconcileOnceAsync(Guid organizationId, IReadOnlyCollection<Guid>? onlyAccounts, CancellationToken ct)
    {
        var people = await db.Memberships.Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == organizationId && (onlyAccounts == null || onlyAccounts.Contains(m.AccountId)))
            .Select(m => new { m.Id, m.AccountId, m.Role, m.VerifiedAt }).ToListAsync(ct);
        var byMembership = people.ToDictionary(p => p.Id, p => new Person(p.Id, p.AccountId, p.Role,
            p.Role == OrganizationRole.Administrator || (p.Role == OrganizationRole.Teacher && p.VerifiedAt != null)));
        var membershipIds = byMembership.Keys.ToList();

        var chats = await db.Chats.Where(c => c.OrganizationId == organizationId
                && (c.Kind == ChatKind.Channel || (c.Kind == ChatKind.Class && c.ClassId != null) || (c.Kind == ChatKind.Team && c.GroupId != null)))
            .Select(c => new { c.Id, c.Kind, c.ClassId, c.Audience, c.GroupId, c.LastSeq, c.NewMembersSeeHistory }).ToListAsync(ct);
        var classIds = chats.Where(c => c.ClassId != null).Select(c => c.ClassId!.Value).Distinct().ToList();
        var groupIds = chats.Where(c => c.GroupId != null).Select(c => c.GroupId!.Value).Distinct().ToList();
        var inClass = (await db.ClassMembers.Where(x => classIds.Contains(x.ClassId) && membershipIds.Contains(x.MembershipId))
            .Select(x => new { x.ClassId, x.MembershipId }).ToListAsync(ct)).ToLookup(x => x.ClassId, x => byMembership[x.MembershipId]);
        var teaching = (await db.TeacherAssignments.Where(x => x.ClassId != null && classIds.Contains(x.ClassId.Value) && membershipIds.Contains(x.MembershipId))
            .Select(x => new { ClassId = x.ClassId!.Value, x.MembershipId }).ToListAsync(ct)).ToLookup(x => x.ClassId, x => byMembership[x.MembershipId]);
        var classTeachers = await db.Classes.Where(c => classIds.Contains(c.Id) && c.ClassTeacherId != null)
            .ToDictionaryAsync(c => c.Id, c => c.ClassTeacherId!.Value, ct);
        var parentOf = await ConfirmedParentsAsync(classIds, membershipIds, ct);
        var linkedParents = parentOf.Select(x => x.ParentMembershipId).ToHashSet();
        var parentsInClass = parentOf.ToLookup(x => x.ClassId, x => byMembership[x.ParentMembershipId]);
        var inGroup = (await db.GroupMembers.Where(x => groupIds.Contains(x.GroupId) && membershipIds.Contains(x.MembershipId))
            .Select(x => new { x.GroupId, x.MembershipId }).ToListAsync(ct)).ToLookup(x => x.GroupId, x => byMembership[x.MembershipId]);

        // (chat, account) → is a chat admin
        var wanted = new Dictionary<(Guid Chat, Guid Account), bool>();
        void Want(Guid chatId, Guid accountId, bool admin) =>
            wanted[(chatId, accountId)] = admin || wanted.GetValueOrDefault((chatId, accountId));
        foreach (var chat in chats)
        {
            switch (chat.Kind)
            {
                case ChatKind.Channel:
                    // Staff who joined but are not confirmed yet (ID-2) wait outside, like everywhere else.
                    foreach (var p in byMembership.Values.Where(p => p.Role switch
                             {
                                 OrganizationRole.Teacher => p.Staff,
                                 OrganizationRole.Parent => linkedParents.Contains(p.MembershipId),
                                 _ => true,
                             }))
                        Want(chat.Id, p.AccountId, p.Role == OrganizationRole.Administrator);
                    break;
                case ChatKind.Class:
                    var classId = chat.ClassId!.Value;
                    var staff = byMembership.Values.Where(p => p.Staff && classTeachers.TryGetValue(classId, out var t) && t == p.AccountId)
                        .Concat(teaching[classId].Where(p => p.Staff));
                    foreach (var p in staff) Want(chat.Id, p.AccountId, true);
                    if (chat.Audience != ClassChatAudience.Parents)
                        foreach (var p in inClass[classId].Where(p => p.Role == OrganizationRole.Student)) Want(chat.Id, p.AccountId, false);
                    if (chat.Audience != ClassChatAudience.Students)
                        foreach (var p in parentsInClass[classId]) Want(chat.Id, p.AccountId, false);
                    break;
                case ChatKind.Team:
                    foreach (var p in inGroup[chat.GroupId!.Value].Where(p => p.Role != OrganizationRole.Teacher || p.Staff)) Want(chat.Id, p.AccountId, p.Staff);
                    break;
            }
        }

        var chatIds = chats.Select(c => c.Id).ToList();
        // Rows added by hand (the chat's creator) stay as they are; only roster rows come and go.
        var existing = await db.ChatMembers
            .Where(cm => cm.OrganizationId == organizationId && chatIds.Contains(cm.ChatId)
                         && (onlyAccounts == null || onlyAccounts.Contains(cm.AccountId)))
            .ToListAsync(ct);
        var changed = new HashSet<Guid>();
        foreach (var row in existing)
        {
            var isWanted = wanted.Remove((row.ChatId, row.AccountId), out var admin);
            if (!row.FromRoster) continue;
            if (!isWanted)
            {
                db.ChatMembers.Remove(row);
                changed.Add(row.AccountId);
            }
            else if (row.IsAdmin != admin) row.IsAdmin = admin;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var chatById = chats.ToDictionary(c => c.Id);
        foreach (var ((chatId, accountId), admin) in wanted)
        {
            var chat = chatById[chatId];
            db.ChatMembers.Add(new ChatMember
            {
                Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chatId, AccountId = accountId, IsAdmin = admin,
                FromRoster = true, JoinedAt = now, ReadSeq = chat.LastSeq, VisibleFromSeq = chat.NewMembersSeeHistory ? 0 : chat.LastSeq + 1,
            });
            changed.Add(accountId);
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>
    /// Which of these memberships are confirmed parents of an active student, and in which of these classes
    /// that child is (or in any class, when the parent is in the channel only). The child is read whoever the
    /// reconcile is for, so confirming a parent brings them in without touching the child.
    /// </summary>
    private async Task<List<(Guid ParentMembershipId, Guid? ClassId)>> ConfirmedParentsAsync(
        IReadOnlyCollection<Guid> classIds, IReadOnlyCollection<Guid> membershipIds, CancellationToken ct)
    {
        var rows = await (from g in ParentLinks.Confirmed(db)
                          where membershipIds.Contains(g.ParentMembershipId)
                          from cm in db.ClassMembers.Where(cm => cm.MembershipId == g.StudentMembershipId && classIds.Contains(cm.ClassId)).DefaultIfEmpty()
                          select new { g.ParentMembershipId, ClassId = (Guid?)cm.ClassId }).Distinct().ToListAsync(ct);
        return rows.Select(r => (r.ParentMembershipId, r.ClassId)).ToList();
    }

    /// <summary>Every organization has its information channel; the first reconcile opens it.</summary>
    private async Task EnsureChannelAsync(Guid organizationId, CancellationToken ct)
    {
        if (await db.Chats.AnyAsync(c => c.OrganizationId == organizationId && c.Kind == ChatKind.Channel, ct)) return;
        db.Chats.Add(new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = ChatKind.Channel, Title = ChatTexts.ChannelTitle,
            UniqueKey = "channel", WhoMayWrite = ChatPermission.Admins, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another request opened it a moment ago (the unique key says so).
            db.ChangeTracker.Clear();
        }
    }
}
