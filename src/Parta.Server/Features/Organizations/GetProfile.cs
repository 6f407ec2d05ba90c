using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Organizations;

public static class GetProfile
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/profile", Handle).WithName(nameof(GetProfile)).WithSummary("Show the school's profile");

    private static async Task<Results<Ok<ProfileDto>, ProblemHttpResult>> Handle(Guid organizationId, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var (_, problem) = await OrgAccess.RequireAsync(db, organizationId, context.User, _ => true, ct);
        if (problem is not null) return problem;
        return TypedResults.Ok(ProfileDto.From(await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId, ct)));
    }
}
