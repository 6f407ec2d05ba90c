using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

/// <summary>A class's students and parents with their links, for its class teacher, its teachers and administrators. No contacts (ID-7).</summary>
public static class ListClassMembers
{
    public sealed record ClassPersonDto(Guid MembershipId, string FullName);

    public sealed record GuardianLinkDto(Guid GuardianshipId, Guid ParentMembershipId, string ParentName, Guid StudentMembershipId, string StudentName, GuardianshipStatus Status);

    /// <summary><c>CanManage</c>: the caller may issue this class's links and confirm its parents.</summary>
    public sealed record ClassMembersDto(Guid ClassId, string ClassName, bool CanManage, IReadOnlyList<ClassPersonDto> Students, IReadOnlyList<ClassPersonDto> Parents, IReadOnlyList<GuardianLinkDto> Links);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/classes/{classId:guid}/members", Handle).ForStaff().WithName(nameof(ListClassMembers)).WithSummary("List a class's students and parents");

    private static async Task<Results<Ok<ClassMembersDto>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid classId, PartaDbContext db, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId && c.OrganizationId == organizationId, ct);
        if (schoolClass is null) return Problems.NotFound("class_not_found", Texts.ClassNotFound);
        if (!await ClassAccess.CanSeeAsync(db, caller.Membership, classId, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);

        var people = await (
            from cm in db.ClassMembers
            where cm.ClassId == classId
            join m in db.Memberships on cm.MembershipId equals m.Id
            where m.DeactivatedAt == null
            join a in db.Users on m.AccountId equals a.Id
            orderby a.FullName
            select new { m.Id, m.Role, a.FullName }).ToListAsync(ct);
        var links = await FamilyLinks.InClassAsync(db, classId, ct);
        return TypedResults.Ok(new ClassMembersDto(classId, schoolClass.Name, await ClassAccess.CanManageAsync(db, caller.Membership, classId, ct),
            people.Where(p => p.Role == OrganizationRole.Student).Select(p => new ClassPersonDto(p.Id, p.FullName)).ToList(),
            people.Where(p => p.Role == OrganizationRole.Parent).Select(p => new ClassPersonDto(p.Id, p.FullName)).ToList(),
            links));
    }
}
