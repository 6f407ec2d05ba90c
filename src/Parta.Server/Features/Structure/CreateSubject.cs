using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

public static class CreateSubject
{
    public sealed record CreateSubjectRequest(string? Name);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/subjects", Handle).ForAdministrators().WithName(nameof(CreateSubject)).WithSummary("Create a subject");

    private static async Task<Results<Created<SubjectDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, CreateSubjectRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = Input.Text(errors, "name", request.Name, Limits.ShortName);
        if (errors.Any) return Problems.Validation(errors);
        if (await db.Subjects.AnyAsync(s => s.OrganizationId == organizationId && s.Name == name, ct))
            return Problems.Field("name", string.Format(Texts.SubjectExists, name));

        var subject = new Subject { Id = Guid.CreateVersion7(), OrganizationId = organizationId, Name = name!, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Subjects.Add(subject);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/subjects/{subject.Id}", new SubjectDto(subject.Id, subject.Name));
    }
}
