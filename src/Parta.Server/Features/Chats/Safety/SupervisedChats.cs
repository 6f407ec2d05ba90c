using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.People;

namespace Parta.Server.Features.Chats;

/// <summary>
/// BEY-3: a school may decide that no staff member talks with a student in private. Their «direct» chat then
/// opens as a small group with a companion — the student's confirmed parents, or a second staff member (the
/// student's class teacher; the administrators when the class teacher is the one writing). Nobody in it is its
/// admin and nobody leaves it, so neither side can send the companion away; the school's administrators still
/// moderate it, as every chat of the school.
/// </summary>
public static class SupervisedChats
{
    private const string KeyPrefix = "supervised:";

    public sealed record Pair(Guid Staff, Guid Student, StudentChatCompanion Rule);

    public static bool Is(Chat chat) => chat.UniqueKey?.StartsWith(KeyPrefix, StringComparison.Ordinal) == true;

    /// <summary>The pair, when the school's rule puts a companion into a chat between these two people; otherwise null.</summary>
    public static async Task<Pair?> RuleForAsync(PartaDbContext db, Guid organizationId, Guid one, Guid other, CancellationToken ct)
    {
        var rule = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TeacherStudentChatCompanion).FirstAsync(ct);
        if (rule == StudentChatCompanion.None) return null;
        var memberships = await db.Memberships.Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == organizationId && (m.AccountId == one || m.AccountId == other)).ToListAsync(ct);
        bool IsStaff(Guid id) => memberships.Any(m => m.AccountId == id && OrgAccess.IsStaff(m));
        bool IsStudent(Guid id) => memberships.Any(m => m.AccountId == id && m.Role == OrganizationRole.Student);
        return IsStaff(one) && IsStudent(other) ? new Pair(one, other, rule)
            : IsStaff(other) && IsStudent(one) ? new Pair(other, one, rule)
            : null;
    }

    /// <summary>Whether these would be all the members of a chat that leaves a staff member alone with a student, against the school's rule.</summary>
    public static async Task<bool> WouldBePrivateAsync(PartaDbContext db, Guid organizationId, IReadOnlyList<Guid> members, CancellationToken ct) =>
        members.Distinct().Count() == 2 && await RuleForAsync(db, organizationId, members.Distinct().First(), members.Distinct().Last(), ct) is not null;

    /// <summary>Who joins the pair; empty when the school's rule finds nobody (no confirmed parent, no second staff member).</summary>
    public static async Task<List<Guid>> CompanionsAsync(PartaDbContext db, Guid organizationId, Pair pair, CancellationToken ct)
    {
        var student = db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == pair.Student && m.Role == OrganizationRole.Student).Select(m => m.Id);
        var active = db.Memberships.Where(OrgAccess.IsActive).Where(m => m.OrganizationId == organizationId);
        if (pair.Rule == StudentChatCompanion.Parents)
            return await (from g in ParentLinks.Confirmed(db)
                          where student.Contains(g.StudentMembershipId)
                          join p in active on g.ParentMembershipId equals p.Id
                          select p.AccountId).Distinct().ToListAsync(ct);
        var classTeachers = await (from cm in db.ClassMembers
                                   where student.Contains(cm.MembershipId)
                                   join c in db.Classes on cm.ClassId equals c.Id
                                   where c.ClassTeacherId != null && c.ClassTeacherId != pair.Staff && active.Any(m => m.AccountId == c.ClassTeacherId)
                                   select c.ClassTeacherId!.Value).Distinct().ToListAsync(ct);
        if (classTeachers.Count > 0) return classTeachers;
        return await active.Where(m => m.Role == OrganizationRole.Administrator && m.AccountId != pair.Staff).Select(m => m.AccountId).Distinct().ToListAsync(ct);
    }

    /// <summary>The chat's row: a group named after the two, one per pair (opening it again, from either side, returns it).</summary>
    public static async Task<Chat> NewChatAsync(PartaDbContext db, Guid organizationId, Pair pair, Guid openedBy, DateTime now, CancellationToken ct)
    {
        var names = await MessageReader.PeopleAsync(db, organizationId, [pair.Staff, pair.Student], ct);
        var title = string.Format(ChatTexts.SupervisedChatTitle, names[pair.Staff].Name, names[pair.Student].Name);
        return new Chat
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = ChatKind.Group, Title = title.Length > Limits.ShortName ? title[..Limits.ShortName] : title,
            UniqueKey = $"{KeyPrefix}{pair.Staff:N}:{pair.Student:N}", CreatedAt = now, CreatedById = openedBy,
        };
    }
}
