using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// Withdraws a personal invitation nobody has claimed (a wrong number in the roster, a person who left):
/// the row goes, so its link answers «не найдено». A claimed invitation is a membership now and stays.
/// </summary>
public static class RevokeInvitation
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/invitations/{invitationId:guid}", Handle).ForAdministrators().WithName(nameof(RevokeInvitation)).WithSummary("Revoke an invitation");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, Guid invitationId, PartaDbContext db, CancellationToken ct)
    {
        var removed = await db.Invitations.Where(i => i.Id == invitationId && i.OrganizationId == organizationId && i.UsedAt == null).ExecuteDeleteAsync(ct);
        return removed == 0 ? Problems.NotFound("invitation_not_found", Texts.InvitationNotFound) : TypedResults.NoContent();
    }
}
