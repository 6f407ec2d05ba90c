using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

public static class DeleteSubject
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/subjects/{subjectId:guid}", Handle).ForAdministrators().WithName(nameof(DeleteSubject)).WithSummary("Delete a subject");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, Guid subjectId, PartaDbContext db, CancellationToken ct)
    {
        var deleted = await db.Subjects.Where(s => s.Id == subjectId && s.OrganizationId == organizationId).ExecuteDeleteAsync(ct);
        return deleted == 0 ? Problems.NotFound("subject_not_found", Texts.SubjectNotFound) : TypedResults.NoContent();
    }
}
