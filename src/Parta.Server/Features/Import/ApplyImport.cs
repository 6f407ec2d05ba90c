using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Import;

/// <summary>
/// ORG-5, step 2: applies a clean preview atomically — the new classes, a personal invitation for every
/// person (SMS, and e-mail when given), all in one transaction, or nothing.
/// </summary>
public static class ApplyImport
{
    public sealed record ImportResultDto(int ClassesCreated, int InvitationsSent);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/imports/{importId:guid}/apply", Handle).ForAdministrators().WithName(nameof(ApplyImport)).WithSummary("Apply a previewed roster import");

    private static async Task<Results<Ok<ImportResultDto>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid importId, PartaDbContext db, ChatRoster roster, Outbox outbox, IOptions<PartaOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var batch = await db.Imports.FirstOrDefaultAsync(i => i.Id == importId && i.OrganizationId == organizationId, ct);
        if (batch is null) return Problems.NotFound("import_not_found", Texts.ImportNotFound);
        if (batch.Status == ImportStatus.Applied) return Problems.Conflict("import_applied", Texts.ImportAlreadyApplied);

        var plan = JsonSerializer.Deserialize<ImportPlan>(batch.PlanJson)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        var inviter = await db.Users.Where(a => a.Id == caller.AccountId).Select(a => a.FullName).FirstAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var classes = await db.Classes.Where(c => c.OrganizationId == organizationId).ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var created = 0;
        foreach (var name in plan.NewClasses.Where(n => !classes.ContainsKey(n)))
        {
            var schoolClass = new SchoolClass
            {
                Id = Guid.CreateVersion7(), OrganizationId = organizationId, Grade = int.Parse(name[..^1]), Letter = name[^1..], Name = name, CreatedAt = now,
            };
            db.Classes.Add(schoolClass);
            classes[name] = schoolClass.Id;
            created++;
        }
        // A class the preview counted on may have been deleted since; the roster must then be checked again.
        if (plan.People.Any(p => p.ClassName is not null && !classes.ContainsKey(p.ClassName)))
            return Problems.Conflict("import_outdated", Texts.ImportOutdated);
        foreach (var person in plan.People)
            PersonalInvitations.Issue(db, outbox, options.Value, organization, person.Role,
                person.ClassName is null ? null : classes[person.ClassName], person.FullName, person.Phone, person.Email, now,
                $"{inviter} добавляет вас по списку школы.");
        batch.Status = ImportStatus.Applied;
        batch.AppliedAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await roster.SyncAsync(organizationId, null, ct);
        return TypedResults.Ok(new ImportResultDto(created, plan.People.Count));
    }
}
