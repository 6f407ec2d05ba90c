using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1 with ID-7: nobody reaches a student directly except the student's teachers (class teacher and
/// teachers assigned to the class), the organization's administrators, the student's confirmed parents
/// and — unless the school switched it off — classmates.
/// </summary>
public static class ChildSafety
{
    public static async Task<bool> MayTalkAsync(PartaDbContext db, Guid organizationId, Guid studentAccountId, Guid otherAccountId, CancellationToken ct)
    {
        var memberships = await db.Memberships.Where(OrgAccess.IsActive)
            .Where(m => m.OrganizationId == organizationId && (m.AccountId == studentAccountId || m.AccountId == otherAccountId))
            .Select(m => new { m.Id, m.AccountId, m.Role, m.VerifiedAt }).ToListAsync(ct);
        var other = memberships.Where(m => m.AccountId == otherAccountId).ToList();
        if (other.Any(m => m.Role == OrganizationRole.Administrator)) return true;
        var student = memberships.Where(m => m.AccountId == studentAccountId && m.Role == OrganizationRole.Student).Select(m => m.Id).ToList();
        if (student.Count == 0) return true;

        var classes = await db.ClassMembers.Where(cm => student.Contains(cm.MembershipId)).Select(cm => cm.ClassId).ToListAsync(ct);
        var teacher = other.Where(m => m.Role == OrganizationRole.Teacher && m.VerifiedAt != null).Select(m => m.Id).ToList();
        if (teacher.Count > 0
            && (await db.Classes.AnyAsync(c => classes.Contains(c.Id) && c.ClassTeacherId == otherAccountId, ct)
                || await db.TeacherAssignments.AnyAsync(a => teacher.Contains(a.MembershipId) && a.ClassId != null && classes.Contains(a.ClassId.Value), ct)))
            return true;
        var parent = other.Where(m => m.Role == OrganizationRole.Parent).Select(m => m.Id).ToList();
        if (parent.Count > 0 && await db.Guardianships.AnyAsync(g => parent.Contains(g.ParentMembershipId) && student.Contains(g.StudentMembershipId)
                                                                     && g.Status == GuardianshipStatus.Confirmed, ct))
            return true;
        var classmate = other.Where(m => m.Role == OrganizationRole.Student).Select(m => m.Id).ToList();
        return classmate.Count > 0
               && await db.Organizations.AnyAsync(o => o.Id == organizationId && o.ClassmatesMayMessage, ct)
               && await db.ClassMembers.AnyAsync(cm => classmate.Contains(cm.MembershipId) && classes.Contains(cm.ClassId), ct);
    }

    /// <summary>Whether a person is a student here (then <see cref="MayTalkAsync"/> guards every way to reach them).</summary>
    public static Task<bool> IsStudentAsync(PartaDbContext db, Guid organizationId, Guid accountId, CancellationToken ct) =>
        db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.AccountId == accountId && m.Role == OrganizationRole.Student && m.DeactivatedAt == null, ct);
}
