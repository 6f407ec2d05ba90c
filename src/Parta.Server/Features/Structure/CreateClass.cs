using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

/// <summary>ORG-4: a class «5А» (grade 1–11 and a Cyrillic letter) or a free-named study group («ИС-21»).</summary>
public static class CreateClass
{
    public sealed record CreateClassRequest(int? Grade, string? Letter, string? Name);

    private const string Letters = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/classes", Handle).ForAdministrators().WithName(nameof(CreateClass)).WithSummary("Create a class");

    private static async Task<Results<Created<ClassDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, CreateClassRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {

        var errors = new FieldErrors();
        string? name, letter = null;
        if (request.Grade is not null)
        {
            if (request.Grade is < 1 or > 11) errors.Add("grade", Texts.GradeRange);
            letter = (request.Letter ?? "").Trim().ToUpperInvariant();
            if (letter.Length != 1 || !Letters.Contains(letter[0])) errors.Add("letter", Texts.ClassLetter);
            name = $"{request.Grade}{letter}";
        }
        else name = Input.Text(errors, "name", request.Name, Limits.ShortName);
        if (errors.Any) return Problems.Validation(errors);
        if (await db.Classes.AnyAsync(c => c.OrganizationId == organizationId && c.Name == name, ct))
            return Problems.Field("name", string.Format(Texts.ClassExists, name));

        var schoolClass = new SchoolClass
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Grade = request.Grade, Letter = letter, Name = name!,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Classes.Add(schoolClass);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/classes/{schoolClass.Id}",
            new ClassDto(schoolClass.Id, schoolClass.Name, schoolClass.Grade, schoolClass.Letter, null, null));
    }
}
