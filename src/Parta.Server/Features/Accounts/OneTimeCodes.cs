using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// One-time codes that prove a person holds a phone (SMS) or an e-mail address: claiming an invitation,
/// joining by a link, changing the phone. A code lives 10 minutes, and five wrong tries end it, so
/// guessing six digits is hopeless. Both channels share one table and one set of rules.
/// A new code ends the address's earlier ones, which stay as rows for an hour: they count the codes sent to
/// one phone or e-mail (<see cref="RateLimitOptions.CodesPerDestinationPerHour"/>) on every node alike.
/// </summary>
public sealed class OneTimeCodes(PartaDbContext db, Outbox outbox, TimeProvider clock, IOptions<RateLimitOptions> limits)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxFailures = 5;
    private static readonly TimeSpan CountingWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// A 429 (with Retry-After) when any of these addresses has had its codes for the hour, so nothing is sent;
    /// null when codes may go to all of them.
    /// </summary>
    public async Task<ProblemHttpResult?> RefusalAsync(HttpContext context, CancellationToken ct, params string[] addresses)
    {
        var since = clock.GetUtcNow().UtcDateTime - CountingWindow;
        var permitted = limits.Value.CodesPerDestinationPerHour;
        foreach (var address in addresses)
        {
            var sent = await db.AddressVerifications.Where(v => v.Address == address && v.CreatedAt > since)
                .OrderByDescending(v => v.CreatedAt).Select(v => v.CreatedAt).Take(permitted).ToListAsync(ct);
            // The oldest of the last «permitted» codes leaves the hour first; then one more may go.
            if (sent.Count >= permitted) return RateLimits.TooManyRequests(context, sent[^1] - since, Texts.CodesToAddressLimited);
        }
        return null;
    }

    /// <summary>Replaces any earlier code for the phone and queues the SMS.</summary>
    public Task SendSmsAsync(string phone, CancellationToken ct) =>
        SendAsync(phone, code => outbox.Sms(phone, $"Парта: код подтверждения {code}. Никому его не сообщайте."), ct);

    /// <summary>Replaces any earlier code for the address and queues the e-mail.</summary>
    public Task SendEmailAsync(string email, CancellationToken ct) =>
        SendAsync(email, code => outbox.Email(email, $"Парта: код подтверждения {code}",
            $"Здравствуйте!\n\nВаш код подтверждения {code} для платформы Парта. Он действует {Lifetime.TotalMinutes:0} минут; никому его не сообщайте.\n\n" +
            "Если вы не запрашивали код, просто проигнорируйте письмо."), ct);

    private async Task SendAsync(string address, Action<string> deliver, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Older than the counting hour: forgotten. Still live: ended now, so only the newest code works.
        await db.AddressVerifications.Where(v => v.Address == address && v.CreatedAt <= now - CountingWindow).ExecuteDeleteAsync(ct);
        await db.AddressVerifications.Where(v => v.Address == address && v.ExpiresAt > now)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.ExpiresAt, now), ct);
        var code = Tokens.NewNumericCode();
        db.AddressVerifications.Add(new AddressVerification
        {
            Id = Guid.CreateVersion7(), Address = address, CodeHash = Tokens.Hash(code), CreatedAt = now, ExpiresAt = now.Add(Lifetime),
        });
        deliver(code);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Checks a code sent to the phone or e-mail address; on success returns the verification for the
    /// caller to remove in its own transaction, otherwise the message for the code field (failures are
    /// counted at once).
    /// </summary>
    public async Task<(AddressVerification? Verified, string? Error)> CheckAsync(string address, string? code, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var verification = await db.AddressVerifications.Where(v => v.Address == address).OrderByDescending(v => v.CreatedAt).FirstOrDefaultAsync(ct);
        if (verification is null || verification.ExpiresAt <= now) return (null, Texts.CodeExpired);
        if (string.IsNullOrWhiteSpace(code)) return (null, Texts.Required);
        if (Tokens.Matches(code.Trim(), verification.CodeHash)) return (verification, null);

        verification.Failures++;
        var exhausted = verification.Failures >= MaxFailures;
        if (exhausted) db.AddressVerifications.Remove(verification);
        await db.SaveChangesAsync(ct);
        return (null, exhausted ? Texts.CodeTooManyFailures : Texts.CodeWrong);
    }
}
