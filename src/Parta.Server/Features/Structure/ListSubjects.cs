using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Structure;

public static class ListSubjects
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/subjects", Handle).ForStaff().WithName(nameof(ListSubjects)).WithSummary("List subjects");

    private static async Task<Results<Ok<List<SubjectDto>>, ProblemHttpResult>> Handle(Guid organizationId, PartaDbContext db, CancellationToken ct)
    {
        return TypedResults.Ok(await db.Subjects.Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Name)
            .Select(s => new SubjectDto(s.Id, s.Name)).ToListAsync(ct));
    }
}
