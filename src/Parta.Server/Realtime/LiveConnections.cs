using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Realtime;

/// <summary>
/// The realtime connections held by this node, with the session and the chats each one follows. When
/// something about a person changes (a session ended, a membership deactivated, a chat joined or left),
/// <see cref="RefreshAsync"/> brings their live connections in line with the database: connections of an
/// ended session are closed, chat groups are joined and left. The database is the truth; this only follows it.
/// </summary>
public sealed class LiveConnections(IHubContext<EventsHub, IEventsClient> hub, IServiceScopeFactory scopes, TimeProvider clock, ILogger<LiveConnections> logger)
{
    private sealed class Live(HubCallerContext context, Guid accountId, Guid? sessionId, HashSet<Guid> chats)
    {
        public HubCallerContext Context { get; } = context;
        public Guid AccountId { get; } = accountId;
        public Guid? SessionId { get; } = sessionId;
        public HashSet<Guid> Chats { get; } = chats;
    }

    private readonly ConcurrentDictionary<string, Live> _connections = new();
    // A person has a connection or three: an array replaced on change costs 32 bytes where a dictionary per
    // person cost ~680 (bench density, heap snapshot of 2026-11-24).
    private readonly ConcurrentDictionary<Guid, Live[]> _byAccount = new();

    public int Count => _connections.Count;

    public async Task ConnectAsync(HubCallerContext context, Guid accountId, Guid? sessionId, IEnumerable<Guid> chats)
    {
        var live = new Live(context, accountId, sessionId, [.. chats]);
        _connections[context.ConnectionId] = live;
        _byAccount.AddOrUpdate(accountId, _ => [live], (_, lives) => [.. lives, live]);
        foreach (var chatId in live.Chats) await hub.Groups.AddToGroupAsync(context.ConnectionId, RealtimeGroups.Chat(chatId));
    }

    public void Disconnect(string connectionId)
    {
        if (!_connections.TryRemove(connectionId, out var live)) return;
        while (_byAccount.TryGetValue(live.AccountId, out var lives))
        {
            Live[] rest = [.. lives.Where(l => l != live)];
            var replaced = rest.Length == 0
                ? _byAccount.TryRemove(new KeyValuePair<Guid, Live[]>(live.AccountId, lives))
                : _byAccount.TryUpdate(live.AccountId, rest, lives);
            if (replaced) return;
        }
    }

    /// <summary>Re-reads the sessions and chats of everyone connected to this node (notices of changes may have been missed).</summary>
    public Task RefreshEveryoneAsync() => RefreshAsync([.. _byAccount.Keys]);

    /// <summary>Re-reads sessions and chats of those of these people who are connected to this node.</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct = default)
    {
        var local = accountIds.Distinct().Where(_byAccount.ContainsKey).ToList();
        if (local.Count == 0) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = (await db.Sessions.Where(s => local.Contains(s.AccountId) && s.ExpiresAt > now).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var chats = (await scope.ServiceProvider.GetRequiredService<IChatFollowing>().ActiveChatsOfAsync(local, ct)).ToLookup(x => x.AccountId, x => x.ChatId);

        foreach (var accountId in local)
        {
            if (!_byAccount.TryGetValue(accountId, out var mine)) continue;
            var wanted = chats[accountId].ToHashSet();
            foreach (var live in mine)
            {
                if (live.SessionId is { } sessionId && !sessions.Contains(sessionId))
                {
                    logger.LogInformation("Closing realtime connection {Connection}: its session has ended", live.Context.ConnectionId);
                    live.Context.Abort();
                    continue;
                }
                await ApplyAsync(live, wanted);
            }
        }
    }

    private async Task ApplyAsync(Live live, HashSet<Guid> wanted)
    {
        List<Guid> added, removed;
        lock (live.Chats)
        {
            added = wanted.Where(id => !live.Chats.Contains(id)).ToList();
            removed = live.Chats.Where(id => !wanted.Contains(id)).ToList();
            live.Chats.Clear();
            live.Chats.UnionWith(wanted);
        }
        var client = hub.Clients.Client(live.Context.ConnectionId);
        foreach (var chatId in removed)
        {
            await hub.Groups.RemoveFromGroupAsync(live.Context.ConnectionId, RealtimeGroups.Chat(chatId));
            await client.ChatRemoved(chatId);
        }
        foreach (var chatId in added) await hub.Groups.AddToGroupAsync(live.Context.ConnectionId, RealtimeGroups.Chat(chatId));
        if (added.Count > 0) await client.ChatsChanged();
    }
}
