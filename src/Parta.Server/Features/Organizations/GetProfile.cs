using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Organizations;

public static class GetProfile
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/profile", Handle).ForMembers().WithName(nameof(GetProfile)).WithSummary("Show the school's profile");

    private static async Task<Results<Ok<ProfileDto>, ProblemHttpResult>> Handle(Guid organizationId, PartaDbContext db, CancellationToken ct)
    {
        return TypedResults.Ok(ProfileDto.From(await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId, ct)));
    }
}
