using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Operator;

/// <summary>What the platform sent (or, in the embedded default, would have sent) by e-mail and SMS.</summary>
public static class ListOutbox
{
    public sealed record OutboxMessageDto(Guid Id, MessageChannel Channel, string To, string Subject, string Body, DateTime CreatedAt, DateTime? SentAt);

    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/outbox", async (PartaDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200)
                .Select(m => new OutboxMessageDto(m.Id, m.Channel, m.To, m.Subject, m.Body, m.CreatedAt, m.SentAt)).ToListAsync(ct)))
            .WithName(nameof(ListOutbox));
}
