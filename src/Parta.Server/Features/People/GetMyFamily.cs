using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Structure;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// ID-4 from the family's side: a parent sees their classes, the students there to pick their child from,
/// and their links; a student sees their class and the parents asking to be linked to them.
/// </summary>
public static class GetMyFamily
{
    public sealed record FamilyClassDto(Guid ClassId, string ClassName, IReadOnlyList<ListClassMembers.ClassPersonDto> Students);

    public sealed record FamilyDto(
        IReadOnlyList<FamilyClassDto> ParentOf, string? StudentClassName, Guid? StudentMembershipId, IReadOnlyList<ListClassMembers.GuardianLinkDto> Links);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/family", Handle).ForMembers().WithName(nameof(GetMyFamily)).WithSummary("Show my children and guardians");

    private static async Task<Results<Ok<FamilyDto>, ProblemHttpResult>> Handle(Guid organizationId, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var memberships = await db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == me && m.DeactivatedAt == null
            && (m.Role == OrganizationRole.Parent || m.Role == OrganizationRole.Student)).ToListAsync(ct);
        var parent = memberships.FirstOrDefault(m => m.Role == OrganizationRole.Parent);
        var student = memberships.FirstOrDefault(m => m.Role == OrganizationRole.Student);

        var parentClasses = new List<FamilyClassDto>();
        if (parent is not null)
        {
            var classes = await (
                from cm in db.ClassMembers where cm.MembershipId == parent.Id
                join c in db.Classes on cm.ClassId equals c.Id
                orderby c.Grade, c.Name
                select new { c.Id, c.Name }).ToListAsync(ct);
            foreach (var c in classes)
                parentClasses.Add(new FamilyClassDto(c.Id, c.Name, await (
                    from cm in db.ClassMembers where cm.ClassId == c.Id
                    join m in db.Memberships on cm.MembershipId equals m.Id where m.Role == OrganizationRole.Student && m.DeactivatedAt == null
                    join a in db.Users on m.AccountId equals a.Id
                    orderby a.FullName
                    select new ListClassMembers.ClassPersonDto(m.Id, a.FullName)).ToListAsync(ct)));
        }
        var studentClass = student is null ? null : await (
            from cm in db.ClassMembers where cm.MembershipId == student.Id
            join c in db.Classes on cm.ClassId equals c.Id
            select c.Name).FirstOrDefaultAsync(ct);
        var links = await FamilyLinks.OfMembershipsAsync(db, memberships.Select(m => m.Id).ToList(), ct);
        return TypedResults.Ok(new FamilyDto(parentClasses, studentClass, student?.Id, links));
    }
}
