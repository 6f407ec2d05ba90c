using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Operator;

/// <summary>
/// What the platform sent (or, in the embedded default, would have sent) by e-mail and SMS. Once a real
/// SMS gateway delivers the codes, operators no longer need to read them: codes are masked, so platform
/// staff cannot claim someone's invitation or second step of sign-in.
/// </summary>
public static partial class ListOutbox
{
    public sealed record OutboxMessageDto(Guid Id, MessageChannel Channel, string To, string Subject, string Body, DateTime CreatedAt, DateTime? SentAt);

    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/outbox", async (PartaDbContext db, IOptions<SmsOptions> sms, CancellationToken ct) =>
        {
            var maskCodes = !string.IsNullOrWhiteSpace(sms.Value.GatewayUrl);
            var messages = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200)
                .Select(m => new OutboxMessageDto(m.Id, m.Channel, m.To, m.Subject, m.Body, m.CreatedAt, m.SentAt)).ToListAsync(ct);
            return TypedResults.Ok(maskCodes
                ? messages.Select(m => m.Channel == MessageChannel.Sms ? m with { Body = Code().Replace(m.Body, "••••••") } : m).ToList()
                : messages);
        }).WithName(nameof(ListOutbox));

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();
}
