using Parta.Server.Infrastructure;
using StackExchange.Redis;

namespace Parta.Server.Realtime;

/// <summary>
/// Tells every server node that some people's sessions or chats changed, so each node forgets the sessions
/// it has cached for them (<see cref="SessionCache"/>) and refreshes the live connections it holds
/// (<see cref="LiveConnections.RefreshAsync"/>). Called after the change is committed.
/// </summary>
public interface IRealtimeBus
{
    Task RefreshAccountsAsync(IReadOnlyCollection<Guid> accountIds);
}

/// <summary>One node: the refresh happens here and now.</summary>
public sealed class InProcessRealtimeBus(LiveConnections connections, SessionCache sessions) : IRealtimeBus
{
    public Task RefreshAccountsAsync(IReadOnlyCollection<Guid> accountIds)
    {
        if (accountIds.Count == 0) return Task.CompletedTask;
        sessions.ForgetAccounts(accountIds);
        return connections.RefreshAsync(accountIds);
    }
}

/// <summary>
/// Several nodes: this node refreshes its own connections at once, and the account ids go out on a Redis channel to
/// the others (beside the realtime events, <see cref="RelayedHubLifetimeManager"/>). Publishing does not wait for
/// Redis, and is skipped while it is away: awaited, an ended session or a removed member waited for the Redis client's
/// timeout and then failed (issue 18). The notices missed meanwhile are made good when Redis is back: every node
/// re-reads all of its connections then.
/// </summary>
public sealed class RedisRealtimeBus(IConnectionMultiplexer redis, LiveConnections connections, SessionCache sessions, ILogger<RedisRealtimeBus> logger)
    : IRealtimeBus, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("parta:realtime:refresh");
    private readonly string _node = Guid.NewGuid().ToString("N");

    public async Task RefreshAccountsAsync(IReadOnlyCollection<Guid> accountIds)
    {
        if (accountIds.Count == 0) return;
        sessions.ForgetAccounts(accountIds);
        if (redis.IsConnected)
        {
            try
            {
                await redis.GetSubscriber().PublishAsync(Channel, $"{_node}:{string.Join(',', accountIds.Select(id => id.ToString("N")))}", CommandFlags.FireAndForget);
            }
            catch (RedisException e)
            {
                logger.LogDebug(e, "A refresh notice was not published to the other nodes");
            }
        }
        await connections.RefreshAsync(accountIds);
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => RefreshInBackground(value));

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    private void RefreshInBackground(RedisValue value) => _ = RefreshAsync(value);

    private async Task RefreshAsync(RedisValue value)
    {
        try
        {
            var (node, accounts) = ((string?)value ?? "").Split(':', 2) is [var from, var list] ? (from, list) : ("", "");
            if (node == _node) return;
            var ids = accounts.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
            sessions.ForgetAccounts(ids);
            await connections.RefreshAsync(ids);
        }
        catch (Exception e) // one failed refresh (a database hiccup) must not end the subscription
        {
            logger.LogWarning(e, "A realtime refresh from Redis failed");
        }
    }
}
