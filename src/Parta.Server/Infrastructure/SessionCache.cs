using System.Collections.Concurrent;

namespace Parta.Server.Infrastructure;

/// <summary>
/// The sessions this node has read lately, so that a request does not go to the database for its session
/// every time (on PostgreSQL that was one of the four sequential round trips of a history page). An entry
/// is trusted for <see cref="MaxAge"/> at most. Ending a session is not left to that: every path that deletes
/// sessions tells the realtime bus, which forgets the person's sessions here before this node answers, and on
/// every other node when the notice arrives there (<see cref="Realtime.IRealtimeBus"/>) — the same moment their
/// realtime connections close; so does another person signing in on a device that had a session
/// (<see cref="DatabaseSessionStore.RenewAsync"/>). <see cref="MaxAge"/> only bounds a notice that got lost.
/// </summary>
public sealed class SessionCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    /// <summary>What a request needs of a session row.</summary>
    public sealed record Session(Guid AccountId, byte[] Ticket, DateTime ExpiresAt, DateTime LastSeenAt);

    private sealed record Entry(Session Session, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _forgets;
    private long _lastSweepTicks = clock.GetUtcNow().UtcTicks;

    /// <summary>
    /// Taken before reading a session from the database and handed to <see cref="Remember"/>: if anything was
    /// forgotten in between, what was read may already be ended, and it is not kept.
    /// </summary>
    public long Generation => Interlocked.Read(ref _forgets);

    public Session? Find(Guid sessionId)
    {
        if (!_entries.TryGetValue(sessionId, out var entry)) return null;
        if (clock.GetUtcNow() - entry.ReadAt < MaxAge) return entry.Session;
        _entries.TryRemove(new KeyValuePair<Guid, Entry>(sessionId, entry));
        return null;
    }

    public void Remember(Guid sessionId, Session session, long generation)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        _entries[sessionId] = new Entry(session, now);
        // A forget that ran while the entry was being written would otherwise be undone by it.
        if (Generation != generation) _entries.TryRemove(sessionId, out _);
    }

    /// <summary>The session was seen again (its row's LastSeenAt was just written).</summary>
    public void Touch(Guid sessionId, DateTime lastSeenAt)
    {
        if (_entries.TryGetValue(sessionId, out var entry))
            _entries.TryUpdate(sessionId, entry with { Session = entry.Session with { LastSeenAt = lastSeenAt } }, entry);
    }

    public void Forget(Guid sessionId)
    {
        Interlocked.Increment(ref _forgets);
        _entries.TryRemove(sessionId, out _);
    }

    /// <summary>Forgets every session of these people (some of them ended, or their sign-in changed).</summary>
    public void ForgetAccounts(IReadOnlyCollection<Guid> accountIds)
    {
        if (accountIds.Count == 0) return;
        Interlocked.Increment(ref _forgets);
        // A whole class or an import can change at once: one lookup per cached entry, not a scan of the list.
        var people = accountIds as IReadOnlySet<Guid> ?? accountIds.ToHashSet();
        foreach (var (id, entry) in _entries)
            if (people.Contains(entry.Session.AccountId)) _entries.TryRemove(id, out _);
    }

    /// <summary>Drops entries nobody asked for within <see cref="MaxAge"/>, so the cache holds only recent sessions.</summary>
    private void SweepIfDue(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < MaxAge.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last) return;
        foreach (var (id, entry) in _entries)
            if (now - entry.ReadAt >= MaxAge) _entries.TryRemove(new KeyValuePair<Guid, Entry>(id, entry));
    }
}
