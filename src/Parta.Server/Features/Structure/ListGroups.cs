using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Structure;

/// <summary>Staff groups, clubs and the parents' committee. Staff see all of them; others only the groups they are in.</summary>
public static class ListGroups
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/groups", Handle).ForMembers().WithName(nameof(ListGroups)).WithSummary("List groups");

    private static async Task<Results<Ok<List<GroupDto>>, ProblemHttpResult>> Handle(Guid organizationId, OrganizationMember caller, PartaDbContext db, CancellationToken ct)
    {
        var seesAll = OrgAccess.IsStaff(caller.Membership);
        var myMemberships = await db.Memberships.Where(m => m.OrganizationId == organizationId && m.AccountId == caller.AccountId).Select(m => m.Id).ToListAsync(ct);
        var groups = await db.Groups.AsNoTracking().Where(g => g.OrganizationId == organizationId
                && (seesAll || db.GroupMembers.Any(gm => gm.GroupId == g.Id && myMemberships.Contains(gm.MembershipId))))
            .OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var members = await (
            from gm in db.GroupMembers where ids.Contains(gm.GroupId)
            join m in db.Memberships on gm.MembershipId equals m.Id where m.DeactivatedAt == null
            join a in db.Users on m.AccountId equals a.Id
            orderby a.FullName
            select new { gm.GroupId, Person = new ListClassMembers.ClassPersonDto(m.Id, a.FullName) }).ToListAsync(ct);
        return TypedResults.Ok(groups.Select(g => new GroupDto(g.Id, g.Kind, g.Name, g.SubjectId,
            members.Where(m => m.GroupId == g.Id).Select(m => m.Person).ToList())).ToList());
    }
}
