using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// One-time codes by SMS that prove a person holds a phone (claiming an invitation, joining by a link).
/// A code lives 10 minutes, and five wrong tries end it, so guessing six digits is hopeless.
/// </summary>
public sealed class PhoneCodes(PartaDbContext db, Outbox outbox, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxFailures = 5;

    /// <summary>Replaces any earlier code for the phone and queues the SMS; saved with the caller's changes.</summary>
    public async Task SendAsync(string phone, CancellationToken ct)
    {
        await db.PhoneVerifications.Where(v => v.Phone == phone).ExecuteDeleteAsync(ct);
        var code = Tokens.NewNumericCode();
        var now = clock.GetUtcNow().UtcDateTime;
        db.PhoneVerifications.Add(new PhoneVerification
        {
            Id = Guid.CreateVersion7(), Phone = phone, CodeHash = Tokens.Hash(code), CreatedAt = now, ExpiresAt = now.Add(Lifetime),
        });
        outbox.Sms(phone, $"Парта: код подтверждения {code}. Никому его не сообщайте.");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Checks a code; on success returns the verification for the caller to remove in its own transaction,
    /// otherwise the message for the <c>code</c> field (failures are counted at once).
    /// </summary>
    public async Task<(PhoneVerification? Verified, string? Error)> CheckAsync(string phone, string? code, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var verification = await db.PhoneVerifications.Where(v => v.Phone == phone).OrderByDescending(v => v.CreatedAt).FirstOrDefaultAsync(ct);
        if (verification is null || verification.ExpiresAt <= now) return (null, Texts.CodeExpired);
        if (string.IsNullOrWhiteSpace(code)) return (null, Texts.Required);
        if (Tokens.Matches(code.Trim(), verification.CodeHash)) return (verification, null);

        verification.Failures++;
        var exhausted = verification.Failures >= MaxFailures;
        if (exhausted) db.PhoneVerifications.Remove(verification);
        await db.SaveChangesAsync(ct);
        return (null, exhausted ? Texts.CodeTooManyFailures : Texts.CodeWrong);
    }
}
