using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.People;

/// <summary>ORG-3: an administrator adds another administrator (a deputy, the school's IT person) by a personal invitation.</summary>
public static class InviteAdministrator
{
    public sealed record InviteAdministratorRequest(string? FullName, string? Phone, string? Email);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/administrators", Handle).ForAdministrators().WithName(nameof(InviteAdministrator)).WithSummary("Invite an administrator");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, InviteAdministratorRequest request, HttpContext context, PartaDbContext db, Outbox outbox,
        IOptions<PartaOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var fullName = Input.Text(errors, "fullName", request.FullName, Limits.PersonName);
        var phone = Input.MobilePhone(errors, "phone", request.Phone);
        var email = Input.Email(errors, "email", request.Email);
        if (errors.Any) return Problems.Validation(errors);
        var alreadyAdministrator = await (
            from m in db.Memberships
            join a in db.Users on m.AccountId equals a.Id
            where m.OrganizationId == organizationId && m.Role == OrganizationRole.Administrator && a.PhoneNumber == phone
            select m.Id).AnyAsync(ct);
        if (alreadyAdministrator) return Problems.Field("phone", Texts.AlreadyAdministrator);

        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        var inviter = await db.Users.Where(a => a.Id == CurrentUser.RequiredId(context.User)).Select(a => a.FullName).FirstAsync(ct);
        PersonalInvitations.Issue(db, outbox, options.Value, organization, OrganizationRole.Administrator, null, fullName!, phone!, email!, clock.GetUtcNow().UtcDateTime,
            $"{inviter} добавляет вас в администраторы.");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
