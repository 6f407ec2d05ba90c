using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>Finds a usable invitation by its link token, or says why it cannot be used.</summary>
internal static class InvitationLookup
{
    public static async Task<(Invitation? Invitation, ProblemHttpResult? Problem)> FindUsableAsync(
        PartaDbContext db, string token, DateTime now, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null) return (null, Problems.NotFound("invitation_not_found", Texts.InvitationNotFound));
        if (invitation.UsedAt is not null) return (null, Problems.Of(StatusCodes.Status410Gone, "invitation_used", Texts.InvitationUsed));
        if (invitation.ExpiresAt <= now) return (null, Problems.Of(StatusCodes.Status410Gone, "invitation_expired", Texts.InvitationExpired));
        return (invitation, null);
    }

    /// <summary>+7 912 ***-**-89: enough to recognise one's own number, not enough to learn someone else's.</summary>
    public static string MaskPhone(string phone) => $"+7 {phone[2..5]} ***-**-{phone[^2..]}";
}
