using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Announces stored messages — the <c>Message</c> event — in sequence order per chat. Right after a batch commits,
/// the write queue lists the numbers it gave (<see cref="Expect"/>); each sender builds its message's event,
/// concurrently with the others, and hands it over (<see cref="Announce"/>) or gives it up (<see cref="GiveUp"/>).
/// An event leaves once every number of its chat before it, stored on this node, was announced or given up.
/// <para>
/// Why: senders that finished building their events in any order announced them in that order. On SQLite one
/// connection received hundreds of events below a number it already had, up to ~350 ms late (issue 18), and a client
/// that reconnected meanwhile and synced from the highest number it held skipped the late ones for good. Other nodes'
/// messages (PostgreSQL with Redis) are in order only among themselves; so clients also keep the highest number they
/// hold without a hole, and fill holes with <c>Sync</c> (docs/realtime-events.md).
/// </para>
/// </summary>
public sealed class MessageAnnouncer(ChatEvents events)
{
    /// <summary>One chat's numbers stored on this node and not yet announced: all of them in order, and those settled.</summary>
    private sealed class Line
    {
        public Queue<long> Expected { get; } = new();

        /// <summary>The built event, or null when it was given up.</summary>
        public Dictionary<long, MessageDto?> Settled { get; } = [];
    }

    /// <summary>Chats spread over a few locks: one chat's events leave one at a time, other chats' meanwhile.</summary>
    private sealed class Stripe
    {
        public Dictionary<Guid, Line> Lines { get; } = [];
    }

    private readonly Stripe[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new Stripe())];

    /// <summary>
    /// The messages a batch stored, called before their senders go on: from now on each of them must be announced or
    /// given up, or its chat's later events would wait for it.
    /// </summary>
    public void Expect(IEnumerable<Message> stored)
    {
        foreach (var chat in stored.GroupBy(m => m.ChatId))
        {
            var stripe = StripeOf(chat.Key);
            lock (stripe)
            {
                if (!stripe.Lines.TryGetValue(chat.Key, out var line)) stripe.Lines[chat.Key] = line = new Line();
                foreach (var message in chat.OrderBy(m => m.Seq)) line.Expected.Enqueue(message.Seq);
            }
        }
    }

    public void Announce(MessageDto message) => Settle(message.ChatId, message.Seq, message);

    /// <summary>Its event could not be built: the members get the message by <c>Sync</c>, and the chat's later events go on.</summary>
    public void GiveUp(Guid chatId, long seq) => Settle(chatId, seq, null);

    private void Settle(Guid chatId, long seq, MessageDto? message)
    {
        var stripe = StripeOf(chatId);
        lock (stripe)
        {
            var line = stripe.Lines[chatId];
            line.Settled[seq] = message;
            while (line.Expected.TryPeek(out var next) && line.Settled.Remove(next, out var ready))
            {
                line.Expected.Dequeue();
                // Queued on every connection at once (ChatEvents.FanOut), so the lock is not held for slow readers.
                if (ready is not null) _ = events.MessageCreatedAsync(ready);
            }
            if (line.Expected.Count == 0) stripe.Lines.Remove(chatId);
        }
    }

    private Stripe StripeOf(Guid chatId) => _stripes[(chatId.GetHashCode() & int.MaxValue) % _stripes.Length];
}
