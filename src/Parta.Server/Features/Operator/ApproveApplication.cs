using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Operator;

/// <summary>
/// ORG-2: approval creates the organization's closed space and invites its administrator by e-mail and SMS.
/// The organization, the invitation and both messages are saved in one transaction.
/// </summary>
public static class ApproveApplication
{
    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapPost("/applications/{id:guid}/approve", Handle).WithName(nameof(ApproveApplication)).WithSummary("Approve an application");

    private static async Task<Results<Ok<ApplicationDetailDto>, ProblemHttpResult>> Handle(
        Guid id, HttpContext context, PartaDbContext db, Outbox outbox, IOptions<PartaOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("application_not_found", Texts.ApplicationNotFound);
        if (application.Status != ApplicationStatus.Pending) return Problems.Conflict("already_reviewed", Texts.AlreadyReviewed);
        if (await db.Organizations.AnyAsync(o => o.Inn == application.Inn && o.Kpp == application.Kpp, ct))
            return Problems.Conflict("duplicate_organization", Texts.DuplicateOrganization);

        var now = clock.GetUtcNow().UtcDateTime;
        var organization = new Organization
        {
            Id = Guid.CreateVersion7(), Kind = application.Kind, FullName = application.FullName, ShortName = application.ShortName,
            RegionCode = application.RegionCode, Municipality = application.Municipality, Settlement = application.Settlement,
            Inn = application.Inn, Kpp = application.Kpp, Slug = Slugs.For(application.ShortName),
            ContactName = application.AdminFullName, ContactEmail = application.AdminEmail, CreatedAt = now,
        };
        ReviewOutcome.Decide(application, ApplicationStatus.Approved, CurrentUser.RequiredId(context.User), now);
        application.OrganizationId = organization.Id;
        db.Organizations.Add(organization);

        PersonalInvitations.Issue(db, outbox, options.Value, organization, OrganizationRole.Administrator, null, application.AdminFullName,
            application.AdminPhone, application.AdminEmail, now, $"Заявка организации «{application.FullName}» одобрена.");

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another operator approved a twin application at the same moment; the unique index kept one.
            db.ChangeTracker.Clear();
            if (await db.Organizations.AnyAsync(o => o.Inn == application.Inn && o.Kpp == application.Kpp, ct))
                return Problems.Conflict("duplicate_organization", Texts.DuplicateOrganization);
            throw;
        }
        return TypedResults.Ok(ApplicationDetailDto.From(application));
    }
}
