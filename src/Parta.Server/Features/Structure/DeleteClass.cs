using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

public static class DeleteClass
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/classes/{classId:guid}", Handle).ForAdministrators().WithName(nameof(DeleteClass)).WithSummary("Delete a class");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, Guid classId, PartaDbContext db, CancellationToken ct)
    {
        var deleted = await db.Classes.Where(c => c.Id == classId && c.OrganizationId == organizationId).ExecuteDeleteAsync(ct);
        return deleted == 0 ? Problems.NotFound("class_not_found", Texts.ClassNotFound) : TypedResults.NoContent();
    }
}
