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

    /// <summary>An invitation is claimed by an SMS code when it has a phone, otherwise by an e-mailed code.</summary>
    public static bool ByEmail(Invitation invitation) => invitation.Phone.Length == 0;

    /// <summary>Where the invitation's code goes and is checked against.</summary>
    public static string CodeAddress(Invitation invitation) => ByEmail(invitation) ? invitation.Email : invitation.Phone;

    /// <summary>+7 912 ***-**-89: enough to recognise one's own number, not enough to learn someone else's.</summary>
    public static string MaskPhone(string phone) => $"+7 {phone[2..5]} ***-**-{phone[^2..]}";

    /// <summary>iv***@mail.ru, for the same reason.</summary>
    public static string MaskEmail(string email)
    {
        var at = email.LastIndexOf('@');
        return $"{email[..Math.Min(2, at)]}***{email[at..]}";
    }
}
