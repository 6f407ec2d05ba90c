using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Infrastructure.Messaging;

/// <summary>
/// Queues e-mail and SMS in the caller's unit of work: they are saved with the change that causes them
/// and the <see cref="OutboxDispatcher"/> delivers them after the commit.
/// </summary>
public sealed class Outbox(PartaDbContext db, TimeProvider clock, OutboxSignal signal)
{
    public void Email(string to, string subject, string body) => Add(MessageChannel.Email, to, subject, body);

    public void Sms(string to, string text) => Add(MessageChannel.Sms, to, "SMS", text);

    private void Add(MessageChannel channel, string to, string subject, string body)
    {
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(), Channel = channel, To = to, Subject = subject, Body = body,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        // Wake the dispatcher once this request's transaction has had the chance to commit.
        signal.Ping();
    }
}
