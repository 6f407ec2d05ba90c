using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Structure;

/// <summary>The organization's classes in school order (1А … 11Б, then named groups), for its staff.</summary>
public static class ListClasses
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/classes", Handle).ForStaff().WithName(nameof(ListClasses)).WithSummary("List classes");

    private static async Task<Results<Ok<List<ClassDto>>, ProblemHttpResult>> Handle(Guid organizationId, PartaDbContext db, CancellationToken ct)
    {
        var classes = await (
            from c in db.Classes
            where c.OrganizationId == organizationId
            join a in db.Users on c.ClassTeacherId equals a.Id into teachers
            from teacher in teachers.DefaultIfEmpty()
            select new { c.Id, c.Name, c.Grade, c.Letter, c.ClassTeacherId, TeacherName = teacher == null ? null : teacher.FullName })
            .ToListAsync(ct);
        return TypedResults.Ok(classes
            .OrderBy(c => c.Grade ?? int.MaxValue).ThenBy(c => c.Name, RussianText.Order)
            .Select(c => new ClassDto(c.Id, c.Name, c.Grade, c.Letter, c.ClassTeacherId, c.TeacherName)).ToList());
    }
}
