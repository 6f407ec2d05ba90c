using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Accounts;

public static class GetInvitation
{
    /// <summary>
    /// Exactly one of <c>MaskedPhone</c> and <c>MaskedEmail</c> is set: where the claiming code goes
    /// (an invitation with a phone is always claimed by SMS).
    /// </summary>
    public sealed record InvitationDto(string OrganizationShortName, string FullName, string? MaskedPhone, string? MaskedEmail);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/invitations/{token}", Handle).WithName(nameof(GetInvitation)).WithSummary("Show a personal invitation");

    private static async Task<Results<Ok<InvitationDto>, ProblemHttpResult>> Handle(
        string token, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (invitation, problem) = await InvitationLookup.FindUsableAsync(db, token, clock.GetUtcNow().UtcDateTime, ct);
        if (invitation is null) return problem!;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == invitation.OrganizationId).Select(o => o.ShortName).FirstAsync(ct);
        var byEmail = InvitationLookup.ByEmail(invitation);
        return TypedResults.Ok(new InvitationDto(organization, invitation.FullName,
            byEmail ? null : InvitationLookup.MaskPhone(invitation.Phone), byEmail ? InvitationLookup.MaskEmail(invitation.Email) : null));
    }
}
