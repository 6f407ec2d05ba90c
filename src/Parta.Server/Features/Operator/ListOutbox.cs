using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Operator;

/// <summary>
/// What the platform sent (or, in the embedded default, would have sent) by e-mail and SMS. Once a real
/// SMS gateway (or SMTP relay) delivers the codes, operators no longer need to read them: that channel's
/// codes are masked, so platform staff cannot claim someone's invitation or second step of sign-in.
/// </summary>
public static partial class ListOutbox
{
    public sealed record OutboxMessageDto(Guid Id, MessageChannel Channel, string To, string Subject, string Body, DateTime CreatedAt, DateTime? SentAt);

    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/outbox", async (PartaDbContext db, IOptions<SmsOptions> sms, IOptions<SmtpOptions> smtp, CancellationToken ct) =>
        {
            var delivered = new Dictionary<MessageChannel, bool>
            {
                [MessageChannel.Sms] = !string.IsNullOrWhiteSpace(sms.Value.GatewayUrl),
                [MessageChannel.Email] = !string.IsNullOrWhiteSpace(smtp.Value.Host),
            };
            var messages = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200)
                .Select(m => new OutboxMessageDto(m.Id, m.Channel, m.To, m.Subject, m.Body, m.CreatedAt, m.SentAt)).ToListAsync(ct);
            return TypedResults.Ok(messages
                .Select(m => delivered[m.Channel] ? m with { Subject = Code().Replace(m.Subject, "••••••"), Body = Code().Replace(m.Body, "••••••") } : m)
                .ToList());
        }).WithName(nameof(ListOutbox)).WithSummary("List what the platform sent by e-mail and SMS");

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
