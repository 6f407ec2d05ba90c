using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

public static class DeleteGroup
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/groups/{groupId:guid}", Handle).ForAdministrators().WithName(nameof(DeleteGroup)).WithSummary("Delete a group");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid organizationId, Guid groupId, PartaDbContext db, CancellationToken ct)
    {
        var deleted = await db.Groups.Where(g => g.Id == groupId && g.OrganizationId == organizationId).ExecuteDeleteAsync(ct);
        return deleted == 0 ? Problems.NotFound("group_not_found", Texts.GroupNotFound) : TypedResults.NoContent();
    }
}
