using Parta.Server.Infrastructure;

namespace Parta.Tests;

/// <summary>
/// The node's cache of sessions never outlives an ending it was told about, nor <see cref="SessionCache.MaxAge"/>.
/// The ending itself, through the API and across nodes, is in <see cref="SessionManagementTests"/> and
/// <see cref="ScaleOutTests"/>.
/// </summary>
public sealed class SessionCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static SessionCache.Session SessionOf(Guid accountId) => new(accountId, [1, 2, 3], DateTime.UtcNow.AddDays(14), DateTime.UtcNow);

    [Fact]
    public void A_session_is_trusted_for_at_most_max_age()
    {
        var clock = new ManualClock();
        var cache = new SessionCache(clock);
        var id = Guid.NewGuid();
        cache.Remember(id, SessionOf(Guid.NewGuid()), cache.Generation);

        clock.Now += SessionCache.MaxAge - TimeSpan.FromSeconds(1);
        Assert.NotNull(cache.Find(id));
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.Null(cache.Find(id));
    }

    [Fact]
    public void Forgetting_a_person_forgets_each_of_their_sessions_and_nobody_elses()
    {
        var cache = new SessionCache(new ManualClock());
        var (teacher, parent) = (Guid.NewGuid(), Guid.NewGuid());
        var (laptop, phone, parentsPhone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        cache.Remember(laptop, SessionOf(teacher), cache.Generation);
        cache.Remember(phone, SessionOf(teacher), cache.Generation);
        cache.Remember(parentsPhone, SessionOf(parent), cache.Generation);

        cache.ForgetAccounts([teacher]);

        Assert.Null(cache.Find(laptop));
        Assert.Null(cache.Find(phone));
        Assert.Equal(parent, cache.Find(parentsPhone)?.AccountId);
    }

    [Fact]
    public void A_session_read_before_an_ending_is_not_kept_after_it()
    {
        // A request read the row just before another request ended the session and told the cache.
        var cache = new SessionCache(new ManualClock());
        var (account, session) = (Guid.NewGuid(), Guid.NewGuid());
        var readAt = cache.Generation;
        cache.ForgetAccounts([account]);

        cache.Remember(session, SessionOf(account), readAt);

        Assert.Null(cache.Find(session));
    }

    [Fact]
    public void Touching_keeps_the_entry_and_moves_its_last_seen_time()
    {
        var cache = new SessionCache(new ManualClock());
        var id = Guid.NewGuid();
        cache.Remember(id, SessionOf(Guid.NewGuid()), cache.Generation);
        var seen = new DateTime(2026, 11, 24, 8, 5, 0, DateTimeKind.Utc);

        cache.Touch(id, seen);

        Assert.Equal(seen, cache.Find(id)?.LastSeenAt);
    }
}
