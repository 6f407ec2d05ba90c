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
/// Several nodes: the account ids go out on a Redis channel that every node (this one included) listens
/// to, beside the SignalR backplane on the same Redis. This node forgets the people's sessions before it
/// publishes, so its own next request already sees an ended session as ended.
/// </summary>
public sealed class RedisRealtimeBus(IConnectionMultiplexer redis, LiveConnections connections, SessionCache sessions, ILogger<RedisRealtimeBus> logger)
    : IRealtimeBus, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("parta:realtime:refresh");

    public async Task RefreshAccountsAsync(IReadOnlyCollection<Guid> accountIds)
    {
        if (accountIds.Count == 0) return;
        sessions.ForgetAccounts(accountIds);
        await redis.GetSubscriber().PublishAsync(Channel, string.Join(',', accountIds.Select(id => id.ToString("N"))));
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => RefreshInBackground(value));

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    private void RefreshInBackground(RedisValue value) => _ = RefreshAsync(value);

    private async Task RefreshAsync(RedisValue value)
    {
        try
        {
            var ids = ((string?)value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
            sessions.ForgetAccounts(ids);
            await connections.RefreshAsync(ids);
        }
        catch (Exception e) // one failed refresh (a database hiccup) must not end the subscription
        {
            logger.LogWarning(e, "A realtime refresh from Redis failed");
        }
    }
}
