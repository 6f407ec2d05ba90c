using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Server.Features.Accounts;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.People;

/// <summary>
/// Sends a personal invitation again with a fresh link and term — the message was lost, or the week ran
/// out. At most once a minute per invitation, so a double click does not send two SMS.
/// </summary>
public static class ResendInvitation
{
    private static readonly TimeSpan Pause = TimeSpan.FromMinutes(1);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/invitations/{invitationId:guid}/resend", Handle).ForAdministrators().WithName(nameof(ResendInvitation)).WithSummary("Send an invitation again");

    private static async Task<Results<Ok<ListInvitations.PendingInvitationDto>, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember administrator, Guid invitationId, PartaDbContext db, Outbox outbox, IOptions<PartaOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.OrganizationId == organizationId && i.UsedAt == null, ct);
        if (invitation is null) return Problems.NotFound("invitation_not_found", Texts.InvitationNotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        // The term is always InvitationDays from the last sending, so the last sending is read from it.
        if (invitation.ExpiresAt.AddDays(-options.Value.InvitationDays) > now - Pause)
            return Problems.Of(StatusCodes.Status429TooManyRequests, "invitation_just_sent", Texts.InvitationJustSent);
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        var inviter = await db.Users.Where(a => a.Id == administrator.AccountId).Select(a => a.FullName).FirstAsync(ct);
        PersonalInvitations.Send(outbox, options.Value, organization, invitation, now, $"{inviter} напоминает о приглашении.");
        await db.SaveChangesAsync(ct);
        var className = invitation.ClassId is null ? null : await db.Classes.Where(c => c.Id == invitation.ClassId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(ListInvitations.PendingInvitationDto.From(invitation, className, now));
    }
}
