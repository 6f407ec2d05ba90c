using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Parta.Tests.Harness;

/// <summary>
/// A send the server acknowledged: the number it gave, how many times the client had to ask, when the answer came
/// and when the server stored the message (<paramref name="StoredAt"/>, by the server's clock on this machine).
/// </summary>
public sealed record Acknowledged(Guid ChatId, Guid ClientId, long Seq, Guid MessageId, int Attempts, DateTime At, DateTime StoredAt);

/// <summary>
/// One person of a class under load, behaving as the web client promises to (docs/realtime-events.md): sends
/// one message at a time over the realtime connection; a send without an answer is sent again with the same
/// client id until one comes; a dropped connection is made again, followed by a <c>Sync</c> from the highest
/// number it holds without a hole below it. Every message it learns — live or by sync — is kept, so a test
/// can tell whether it converged to the chat's full history.
/// </summary>
public sealed class RetryingMember(string name, ServerProcess node, ApiClient browser, IReadOnlyList<Guid> chats)
{
    private readonly List<HubClient> _connections = [];
    private readonly ConcurrentDictionary<(Guid ChatId, long Seq), Guid> _synced = new();
    private readonly List<Acknowledged> _acknowledged = [];
    private readonly List<string> _serverErrors = [];
    private readonly List<DateTime> _unavailable = [];
    private readonly List<(Acknowledged First, long Again)> _repeats = [];
    private HubClient? _hub;
    private (Guid ChatId, Guid ClientId, string Text, int Attempts)? _unanswered;
    private int _sent;
    private bool _resync;
    private int _chatsChangedSeen;

    public string Name => name;
    public ServerProcess Node => node;
    public IReadOnlyList<Guid> Chats => chats;
    public ApiClient Browser => browser;

    /// <summary>Sends the server refused with an error (a HubException): what a person would see as «not sent».</summary>
    public IReadOnlyList<string> ServerErrors { get { lock (_serverErrors) return [.. _serverErrors]; } }

    /// <summary>When calls were refused with <c>database_unavailable</c>: the web client's «переподключаемся», not «not sent».</summary>
    public IReadOnlyList<DateTime> Unavailable { get { lock (_unavailable) return [.. _unavailable]; } }

    public IReadOnlyList<Acknowledged> Acknowledgements { get { lock (_acknowledged) return [.. _acknowledged]; } }

    /// <summary>Acknowledged client ids sent once more after a reconnect, and the number the second answer carried.</summary>
    public IReadOnlyList<(Acknowledged First, long Again)> Repeats { get { lock (_repeats) return [.. _repeats]; } }

    /// <summary>Sends that were on their way and ended without an answer (the connection went): each was sent again.</summary>
    public int Unanswered { get; private set; }

    public int Reconnects { get; private set; }

    /// <summary>Whether a send is waiting for its answer (to be sent again).</summary>
    public bool Waiting => _unanswered is not null;

    public bool Connected => _hub is { Connection.State: HubConnectionState.Connected };

    /// <summary>Sends one message every <paramref name="period"/> until <paramref name="stop"/>, then finishes the one in hand.</summary>
    public async Task RunAsync(TimeSpan period, CancellationToken stop, CancellationToken giveUp)
    {
        while (!giveUp.IsCancellationRequested && (!stop.IsCancellationRequested || _unanswered is not null))
        {
            if (_hub?.Received("ChatsChanged").Count is { } told && told > _chatsChangedSeen)
            {
                // The web client refetches its list and syncs the chats it lacks messages of: after an outage of Redis,
                // the server says so to every connection (other nodes' events went past them).
                _chatsChangedSeen = told;
                _resync = true;
            }
            if ((!Connected && !await ConnectAsync()) || (_resync && !await ResyncAsync()))
            {
                await Pause(TimeSpan.FromMilliseconds(100), giveUp);
                continue;
            }
            if (_unanswered is null)
            {
                var n = Interlocked.Increment(ref _sent);
                _unanswered = (chats[n % chats.Count], Guid.NewGuid(), $"{name}: сообщение {n}", 0);
            }
            await SendAsync(_unanswered.Value);
            if (!stop.IsCancellationRequested) await Pause(period, stop);
        }
    }

    private async Task SendAsync((Guid ChatId, Guid ClientId, string Text, int Attempts) send)
    {
        _unanswered = send with { Attempts = send.Attempts + 1 };
        try
        {
            var answer = await SendOnceAsync(send.ChatId, send.ClientId, send.Text);
            lock (_acknowledged) _acknowledged.Add(new(send.ChatId, send.ClientId, answer["seq"]!.GetValue<long>(), answer["id"]!.GetValue<Guid>(), send.Attempts + 1,
                DateTime.UtcNow, answer["createdAt"]!.GetValue<DateTime>().ToUniversalTime()));
            _unanswered = null;
        }
        catch (HubException e)
        {
            Refused(e, "");
            await Pause(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The connection went (the server was killed or is stopping), or no answer came in time: the answer
            // is lost, not refused. Ask again on a fresh connection, as the web client does. (A connection found
            // closed before sending is no lost answer: the send never left.)
            if (e is not InvalidOperationException) Unanswered++;
            await DropAsync();
        }
    }

    private async Task<JsonNode> SendOnceAsync(Guid chatId, Guid clientId, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = await _hub!.Connection.InvokeCoreAsync<JsonElement>("Send", [chatId, new { clientId, text }], timeout.Token);
        return JsonNode.Parse(answer.GetRawText())!;
    }

    /// <summary>Connects and syncs every chat from its contiguous cursor; then asks once more for its last acknowledged message.</summary>
    public async Task<bool> ConnectAsync()
    {
        await DropAsync();
        try
        {
            _hub = await HubClient.ConnectAsync(node, browser);
            _chatsChangedSeen = 0;
            lock (_connections) _connections.Add(_hub);
            Reconnects++;
            await SyncAsync();
            await RepeatLastAsync();
            _resync = false;
            return true;
        }
        catch (Exception e)
        {
            if (e is HubException refused) Refused(refused, "on connecting: ");
            await DropAsync();
            return false;
        }
    }

    /// <summary>
    /// After <c>database_unavailable</c>, as the web client does once the server answers again: syncs what it missed
    /// meanwhile (events of messages stored as the outage began may never have been sent) and asks for its last answer again.
    /// </summary>
    private async Task<bool> ResyncAsync()
    {
        try
        {
            await SyncAsync();
            await RepeatLastAsync();
            _resync = false;
            return true;
        }
        catch (HubException e)
        {
            Refused(e, "on resyncing: ");
            return false;
        }
        catch (Exception)
        {
            await DropAsync();
            return false;
        }
    }

    private void Refused(HubException e, string when)
    {
        if (e.Message.Contains("database_unavailable: ", StringComparison.Ordinal))
        {
            _resync = true;
            lock (_unavailable) _unavailable.Add(DateTime.UtcNow);
        }
        else lock (_serverErrors) _serverErrors.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {when}{e.Message}");
    }

    private async Task SyncAsync()
    {
        var pending = chats.ToList();
        while (pending.Count > 0)
        {
            var answer = (await _hub!.SyncAsync([.. pending.Select(c => (c, ContiguousCursor(c)))])).AsArray();
            pending.Clear();
            foreach (var chat in answer)
            {
                var chatId = chat!["chatId"]!.GetValue<Guid>();
                foreach (var message in chat["messages"]!.AsArray())
                    _synced[(chatId, message!["seq"]!.GetValue<long>())] = message["id"]!.GetValue<Guid>();
                if (!chat["complete"]!.GetValue<bool>()) pending.Add(chatId);
            }
        }
    }

    /// <summary>A client that lost the answer to a send it thought unsent asks again: the answer must be the first number.</summary>
    private async Task RepeatLastAsync()
    {
        Acknowledged? last;
        lock (_acknowledged) last = _acknowledged.Count > 0 ? _acknowledged[^1] : null;
        if (last is null) return;
        var answer = await SendOnceAsync(last.ChatId, last.ClientId, "повтор");
        lock (_repeats) _repeats.Add((last, answer["seq"]!.GetValue<long>()));
    }

    private async Task DropAsync()
    {
        if (_hub is null) return;
        var hub = _hub;
        _hub = null;
        try { await hub.Connection.StopAsync(); } catch (Exception) { }
    }

    /// <summary>Everything this person learnt of a chat, live or by sync: sequence number → message id.</summary>
    public Dictionary<long, Guid> Known(Guid chatId)
    {
        var known = _synced.Where(m => m.Key.ChatId == chatId).ToDictionary(m => m.Key.Seq, m => m.Value);
        foreach (var (_, seq, id) in ReceivedLive().Where(m => m.ChatId == chatId)) known[seq] = id;
        return known;
    }

    /// <summary>Every <c>Message</c> event received live, on any of this person's connections (the same message twice if it came twice).</summary>
    public IReadOnlyList<(Guid ChatId, long Seq, Guid Id)> ReceivedLive()
    {
        List<HubClient> connections;
        lock (_connections) connections = [.. _connections];
        return [.. connections.SelectMany(c => c.Received("Message")).Select(m => (m["chatId"]!.GetValue<Guid>(), m["seq"]!.GetValue<long>(), m["id"]!.GetValue<Guid>()))];
    }

    /// <summary>The highest number below which nothing is missing: where a sync must start so that no hole is skipped.</summary>
    public long ContiguousCursor(Guid chatId)
    {
        var known = Known(chatId);
        var cursor = 0L;
        while (known.ContainsKey(cursor + 1)) cursor++;
        return cursor;
    }

    public async Task DisposeAsync()
    {
        await DropAsync();
        List<HubClient> connections;
        lock (_connections) connections = [.. _connections];
        foreach (var connection in connections) await connection.DisposeAsync();
    }

    private static async Task Pause(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, ct); } catch (OperationCanceledException) { }
    }
}
