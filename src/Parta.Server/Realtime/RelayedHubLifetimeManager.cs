using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Parta.Server.Realtime;

/// <summary>
/// Realtime events of several nodes: each event reaches this node's own connections directly (SignalR's in-process
/// manager) and goes out once on a Redis channel to the other nodes, which hand it to theirs.
/// <para>
/// Why not SignalR's Redis backplane: it delivers to a node's own connections through Redis as well. With Redis
/// stopped for a few seconds (a restart, a failover) messages were stored and acknowledged while nobody, on any node,
/// heard of them — events waited in the Redis client's queue and were dropped after its 5 s timeout — and a connection
/// made meanwhile hung on its subscriptions (issue 18). Here Redis carries only what other nodes need: without it each
/// node still serves its own people live; when it is back, this node's connections are told to look again
/// (<see cref="IEventsClient.ChatsChanged"/>: the web client refetches its list and syncs what it lacks), since other
/// nodes' events went past them meanwhile.
/// </para>
/// Groups and single connections are this node's own: a connection joins and leaves chats on the node that holds it
/// (<see cref="LiveConnections"/>, told of changes on other nodes by <see cref="RedisRealtimeBus"/>).
/// </summary>
public sealed class RelayedHubLifetimeManager(
    DefaultHubLifetimeManager<EventsHub> local, IConnectionMultiplexer redis, IOptions<JsonHubProtocolOptions> protocol,
    IServiceProvider services, ILogger<RelayedHubLifetimeManager> logger)
    : HubLifetimeManager<EventsHub>, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("parta:realtime:events");
    private readonly string _node = Guid.NewGuid().ToString("N");
    private ChannelMessageQueue? _subscription;
    private int _cutOff;

    public enum Audience { All, Group, Groups, Users }

    /// <summary>One event on its way to the other nodes: whom, and the call with its arguments as the hub's JSON has them.</summary>
    public sealed record Relayed(string Node, Audience To, string[] Names, string[] Except, string Method, JsonElement[] Args);

    public override Task OnConnectedAsync(HubConnectionContext connection) => local.OnConnectedAsync(connection);

    public override Task OnDisconnectedAsync(HubConnectionContext connection) => local.OnDisconnectedAsync(connection);

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        local.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        local.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        Relay(Audience.All, [], [], methodName, args);
        return local.SendAllAsync(methodName, args, cancellationToken);
    }

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        Relay(Audience.All, [], excludedConnectionIds, methodName, args);
        return local.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);
    }

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        Relay(Audience.Group, [groupName], [], methodName, args);
        return local.SendGroupAsync(groupName, methodName, args, cancellationToken);
    }

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds,
        CancellationToken cancellationToken = default)
    {
        Relay(Audience.Group, [groupName], excludedConnectionIds, methodName, args);
        return local.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);
    }

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        Relay(Audience.Groups, groupNames, [], methodName, args);
        return local.SendGroupsAsync(groupNames, methodName, args, cancellationToken);
    }

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendUsersAsync([userId], methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        Relay(Audience.Users, userIds, [], methodName, args);
        return local.SendUsersAsync(userIds, methodName, args, cancellationToken);
    }

    /// <summary>
    /// Published without waiting for Redis, and not at all while it is away: the Redis client would hold the event
    /// (and, awaited, its sender) until its timeout. Other nodes' people get what they missed by Sync.
    /// </summary>
    private void Relay(Audience to, IReadOnlyList<string> names, IReadOnlyList<string> except, string method, object?[] args)
    {
        if (!redis.IsConnected) return;
        var options = protocol.Value.PayloadSerializerOptions;
        var relayed = new Relayed(_node, to, [.. names], [.. except], method,
            [.. args.Select(arg => JsonSerializer.SerializeToElement(arg, arg?.GetType() ?? typeof(object), options))]);
        try
        {
            redis.GetSubscriber().Publish(Channel, JsonSerializer.SerializeToUtf8Bytes(relayed), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "An event was not relayed to the other nodes");
        }
    }

    private void Deliver(ChannelMessage message)
    {
        try
        {
            var relayed = JsonSerializer.Deserialize<Relayed>((byte[])message.Message!)!;
            if (relayed.Node == _node) return;
            object?[] args = [.. relayed.Args.Cast<object?>()];
            _ = relayed.To switch
            {
                Audience.All => local.SendAllExceptAsync(relayed.Method, args, relayed.Except),
                Audience.Group => local.SendGroupExceptAsync(relayed.Names[0], relayed.Method, args, relayed.Except),
                Audience.Groups => local.SendGroupsAsync(relayed.Names, relayed.Method, args),
                _ => local.SendUsersAsync(relayed.Names, relayed.Method, args),
            };
        }
        catch (Exception e) // one bad event must not end the subscription
        {
            logger.LogWarning(e, "A realtime event from another node could not be delivered");
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed += CutOff;
        redis.ConnectionRestored += Restored;
        // A queue handles its messages one at a time, in the order they were published: a chat's events stay in order.
        _subscription = await redis.GetSubscriber().SubscribeAsync(Channel);
        _subscription.OnMessage(Deliver);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed -= CutOff;
        redis.ConnectionRestored -= Restored;
        if (_subscription is not null) await _subscription.UnsubscribeAsync();
    }

    private void CutOff(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription && Interlocked.Exchange(ref _cutOff, 1) == 0)
            logger.LogWarning("Redis cannot be reached ({Failure}): realtime events reach only this node's own connections until it is back", e.FailureType);
    }

    /// <summary>
    /// Redis is back: other nodes' events and notices of the outage went past this node. Its connections are brought in
    /// line with the database (ended sessions closed, chats joined and left) and told to look again.
    /// </summary>
    private void Restored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription || Interlocked.Exchange(ref _cutOff, 0) == 0) return;
        // At the outage's level: a log kept at warnings shows both ends of it.
        logger.LogWarning("Redis is back: this node's realtime connections sync what other nodes sent meanwhile");
        _ = RestoreAsync();
    }

    private async Task RestoreAsync()
    {
        try
        {
            // Resolved here: LiveConnections reaches its connections through this manager.
            await services.GetRequiredService<LiveConnections>().RefreshEveryoneAsync();
            // On every node: those whose own Redis connection came back earlier synced before this node could relay again.
            await SendAllAsync(nameof(IEventsClient.ChatsChanged), []);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Bringing the realtime connections in line after Redis came back failed");
        }
    }
}
