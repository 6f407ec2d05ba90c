using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Structure;

/// <summary>Who may act for a class: administrators, its class teacher, and (to see it) the teachers who teach in it.</summary>
public static class ClassAccess
{
    /// <summary>Issue its links, confirm its parents: administrators and the class teacher.</summary>
    public static async Task<bool> CanManageAsync(PartaDbContext db, Membership membership, Guid classId, CancellationToken ct) =>
        OrgAccess.IsAdministrator(membership)
        || (OrgAccess.IsStaff(membership) && await db.Classes.AnyAsync(c => c.Id == classId && c.ClassTeacherId == membership.AccountId, ct));

    /// <summary>See its students and parents: those who manage it and the confirmed teachers assigned to it.</summary>
    public static async Task<bool> CanSeeAsync(PartaDbContext db, Membership membership, Guid classId, CancellationToken ct)
    {
        if (await CanManageAsync(db, membership, classId, ct)) return true;
        if (!OrgAccess.IsStaff(membership)) return false;
        var teacherMembershipId = await db.Memberships
            .Where(m => m.OrganizationId == membership.OrganizationId && m.AccountId == membership.AccountId && m.Role == OrganizationRole.Teacher && m.DeactivatedAt == null)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        return await db.TeacherAssignments.AnyAsync(a => a.MembershipId == teacherMembershipId && a.ClassId == classId, ct);
    }
}
