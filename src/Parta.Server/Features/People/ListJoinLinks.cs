using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

public static class ListJoinLinks
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/join-links", Handle).WithName(nameof(ListJoinLinks));

    private static async Task<Results<Ok<List<JoinLinkDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (_, problem) = await OrgAccess.RequireAsync(db, organizationId, context.User, OrgAccess.IsAdministrator, ct);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow().UtcDateTime;
        var links = await db.JoinLinks.AsNoTracking().Where(l => l.OrganizationId == organizationId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(links.Select(l => JoinLinkDto.From(l, now)).ToList());
    }
}
