using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

/// <summary>ORG-4: the administrator creates a staff group, a methodological association (of a subject), a club or the parents' committee.</summary>
public static class CreateGroup
{
    public sealed record CreateGroupRequest(GroupKind? Kind, string? Name, Guid? SubjectId);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/groups", Handle).ForAdministrators().WithName(nameof(CreateGroup)).WithSummary("Create a group");

    private static async Task<Results<Created<GroupDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, CreateGroupRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.Kind is null || !Enum.IsDefined(request.Kind.Value)) errors.Add("kind", Texts.GroupKind);
        var name = Input.Text(errors, "name", request.Name, Limits.ShortName);
        if (request.Kind == GroupKind.MethodAssociation
            && (request.SubjectId is null || !await db.Subjects.AnyAsync(s => s.Id == request.SubjectId && s.OrganizationId == organizationId, ct)))
            errors.Add("subjectId", Texts.UnknownSubject);
        if (name is not null && await db.Groups.AnyAsync(g => g.OrganizationId == organizationId && g.Name == name, ct))
            errors.Add("name", string.Format(Texts.GroupExists, name));
        if (errors.Any) return Problems.Validation(errors);

        var group = new Group
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = request.Kind!.Value, Name = name!,
            SubjectId = request.Kind == GroupKind.MethodAssociation ? request.SubjectId : null, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/groups/{group.Id}", new GroupDto(group.Id, group.Kind, group.Name, group.SubjectId, []));
    }
}
