using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

/// <summary>Administrators see every link; a class teacher sees the links of their classes.</summary>
public static class ListJoinLinks
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/join-links", Handle).ForStaff().WithName(nameof(ListJoinLinks)).WithSummary("List join links");

    private static async Task<Results<Ok<List<JoinLinkDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var isAdministrator = OrgAccess.IsAdministrator(caller.Membership);
        var links = await (
            from l in db.JoinLinks.AsNoTracking()
            where l.OrganizationId == organizationId
            join c in db.Classes on l.ClassId equals c.Id into classes
            from c in classes.DefaultIfEmpty()
            where isAdministrator || (c != null && c.ClassTeacherId == caller.AccountId)
            orderby l.CreatedAt descending
            select new { Link = l, ClassName = c == null ? null : c.Name }).ToListAsync(ct);
        return TypedResults.Ok(links.Select(l => JoinLinkDto.From(l.Link, l.ClassName, now)).ToList());
    }
}
