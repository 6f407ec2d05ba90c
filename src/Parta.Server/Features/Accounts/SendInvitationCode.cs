using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>Sends a one-time code to the invited phone: claiming the account proves the phone is theirs.</summary>
public static class SendInvitationCode
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/invitations/{token}/code", Handle).WithName(nameof(SendInvitationCode)).RequireRateLimiting(RateLimits.Codes);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string token, PartaDbContext db, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, problem) = await InvitationLookup.FindUsableAsync(db, token, now, ct);
        if (invitation is null) return problem!;

        var code = Tokens.NewNumericCode();
        invitation.CodeHash = Tokens.Hash(code);
        invitation.CodeExpiresAt = now.Add(CodeLifetime);
        invitation.CodeFailures = 0;
        outbox.Sms(invitation.Phone, $"Парта: код подтверждения {code}. Никому его не сообщайте.");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
