using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// Sends a one-time code to the invited phone, or to the invited e-mail when the invitation has no phone:
/// claiming the account proves the address is theirs.
/// </summary>
public static class SendInvitationCode
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/invitations/{token}/code", Handle).WithName(nameof(SendInvitationCode)).WithSummary("Send a code to confirm an invitation").RequireRateLimiting(RateLimits.Codes);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string token, HttpContext context, PartaDbContext db, OneTimeCodes codes, TimeProvider clock, CancellationToken ct)
    {
        var (invitation, problem) = await InvitationLookup.FindUsableAsync(db, token, clock.GetUtcNow().UtcDateTime, ct);
        if (invitation is null) return problem!;
        if (await codes.RefusalAsync(context, ct, InvitationLookup.ByEmail(invitation) ? invitation.Email : invitation.Phone) is { } tooMany) return tooMany;
        if (InvitationLookup.ByEmail(invitation)) await codes.SendEmailAsync(invitation.Email, ct);
        else await codes.SendSmsAsync(invitation.Phone, ct);
        return TypedResults.NoContent();
    }
}
