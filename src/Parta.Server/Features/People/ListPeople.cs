using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

/// <summary>
/// ID-7: the people a member may see — there is no global search. Administrators see everyone in their
/// organization with contacts; everybody else sees, without phone or e-mail, those they share a class or
/// a group with, plus the school's staff for teachers and the administrators for everyone.
/// The account id is what chats name people by (starting a direct or group chat with someone listed here).
/// Deactivated members are left out (nobody can reach them), except when an administrator asks for them
/// with <c>withDeactivated</c> to give access back (ID-8).
/// </summary>
public static class ListPeople
{
    public sealed record PersonDto(
        Guid MembershipId, Guid AccountId, string FullName, OrganizationRole Role, bool Verified, string? Phone, string? Email, bool Deactivated);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/people", Handle).ForMembers().WithName(nameof(ListPeople)).WithSummary("List the people I may see");

    private static async Task<Results<Ok<List<PersonDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, PartaDbContext db, CancellationToken ct, bool withDeactivated = false)
    {
        var administrator = OrgAccess.IsAdministrator(caller.Membership);
        var members = db.Memberships.Where(m => m.OrganizationId == organizationId);
        var visible = administrator
            ? withDeactivated ? members : members.Where(m => m.DeactivatedAt == null)
            : members.Where(m => m.DeactivatedAt == null && VisibleTo(db, caller.AccountId, organizationId).Contains(m.Id));
        var people = await (
            from m in visible
            join a in db.Users on m.AccountId equals a.Id
            where m.AccountId != caller.AccountId
            orderby a.FullName
            select new { m.Id, m.AccountId, a.FullName, m.Role, m.VerifiedAt, a.PhoneNumber, a.Email, m.DeactivatedAt }).ToListAsync(ct);
        return TypedResults.Ok(people.Select(p => new PersonDto(p.Id, p.AccountId, p.FullName, p.Role, p.Role != OrganizationRole.Teacher || p.VerifiedAt is not null,
            administrator ? p.PhoneNumber : null, administrator ? p.Email : null, p.DeactivatedAt is not null)).ToList());
    }

    /// <summary>Memberships the person shares something with, as one query the database answers.</summary>
    private static IQueryable<Guid> VisibleTo(PartaDbContext db, Guid accountId, Guid organizationId)
    {
        var mine = db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == accountId && m.DeactivatedAt == null);
        var staff = mine.Any(m => m.Role == OrganizationRole.Teacher && m.VerifiedAt != null);
        var myClasses = db.ClassMembers.Where(cm => mine.Select(m => m.Id).Contains(cm.MembershipId)).Select(cm => cm.ClassId)
            .Union(db.Classes.Where(c => c.OrganizationId == organizationId && c.ClassTeacherId == accountId).Select(c => c.Id))
            .Union(db.TeacherAssignments.Where(t => mine.Select(m => m.Id).Contains(t.MembershipId) && t.ClassId != null).Select(t => t.ClassId!.Value));
        var myGroups = db.GroupMembers.Where(gm => mine.Select(m => m.Id).Contains(gm.MembershipId)).Select(gm => gm.GroupId);
        var teachersOfMyClasses = db.Memberships.Where(m => m.OrganizationId == organizationId && (
                db.Classes.Any(c => myClasses.Contains(c.Id) && c.ClassTeacherId == m.AccountId)
                || db.TeacherAssignments.Any(t => t.MembershipId == m.Id && t.ClassId != null && myClasses.Contains(t.ClassId.Value))))
            .Select(m => m.Id);
        return db.ClassMembers.Where(cm => myClasses.Contains(cm.ClassId)).Select(cm => cm.MembershipId)
            .Union(db.GroupMembers.Where(gm => myGroups.Contains(gm.GroupId)).Select(gm => gm.MembershipId))
            .Union(teachersOfMyClasses)
            .Union(db.Memberships.Where(m => m.OrganizationId == organizationId
                && (m.Role == OrganizationRole.Administrator || (staff && m.Role == OrganizationRole.Teacher))).Select(m => m.Id));
    }
}
