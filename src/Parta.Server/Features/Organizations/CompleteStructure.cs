using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// ORG-4: the administrator declares the structure built. Only the first time counts: the rollout plan
/// (RUN-1) measures its stage deadlines from that day, so a later edit must not move them.
/// </summary>
public static class CompleteStructure
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/structure/complete", Handle).ForAdministrators().WithName(nameof(CompleteStructure)).WithSummary("Mark the school's structure as complete");

    private static async Task<Results<Ok<ProfileDto>, ProblemHttpResult>> Handle(
        Guid organizationId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        organization.StructureCompletedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProfileDto.From(organization));
    }
}
