using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Parta.Bench.Messaging;

/// <summary>A message as the generator reads it: from a «Message» event or from the answer to «Send».</summary>
public readonly record struct Delivered(Guid ChatId, long Seq, Guid ClientId, long SentAtTicks);

/// <summary>
/// One generator connection: an authenticated WebSocket speaking SignalR's JSON hub protocol (handshake,
/// invocations and their completions, pings) to /hubs/events, as the web client does. It replaces a
/// <c>HubConnection</c> per connection: with 9,000 of them the generator materialised every frame into
/// objects, paused 3–4 s per run in its own collector and took cores the server needed, which the measured
/// latencies then carried. Only the fields the bench checks are read from a frame.
/// </summary>
public sealed class RawHubConnection
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static long _nextInvocation;
    private static readonly ConcurrentDictionary<long, TaskCompletionSource<Delivered>> Pending = new();

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Action<Delivered> _onMessage;
    private readonly Action _onClosed;
    private byte[] _buffer = new byte[4096];
    private volatile bool _closing;

    private RawHubConnection(Action<Delivered> onMessage, Action onClosed) => (_onMessage, _onClosed) = (onMessage, onClosed);

    /// <summary>Connects, completes the handshake and starts reading; <paramref name="onMessage"/> runs for every «Message» event.</summary>
    public static async Task<RawHubConnection> ConnectAsync(string baseUrl, string cookie, Action<Delivered> onMessage, Action onClosed)
    {
        var connection = new RawHubConnection(onMessage, onClosed);
        connection._socket.Options.SetRequestHeader("Cookie", cookie);
        // SignalR's own pings (below) keep the connection alive; WebSocket-level pings would only add frames.
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(new Uri(baseUrl.Replace("http://", "ws://") + "/hubs/events"), CancellationToken.None);
        await connection.SendAsync(Handshake);
        var handshake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = connection.ReadAsync(handshake);
        await handshake.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return connection;
    }

    /// <summary>Invokes the hub's «Send» and returns the stored message from its completion.</summary>
    public async Task<Delivered> SendMessageAsync(Guid chatId, Guid clientId, string text)
    {
        var id = Interlocked.Increment(ref _nextInvocation);
        var answer = new TaskCompletionSource<Delivered>(TaskCreationOptions.RunContinuationsAsynchronously);
        Pending[id] = answer;
        var frame = Encoding.UTF8.GetBytes(
            $"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":\"Send\",\"arguments\":[\"{chatId}\",{{\"clientId\":\"{clientId}\",\"text\":{JsonSerializer.Serialize(text)},\"replyToSeq\":null}}]}}\u001e");
        try
        {
            await SendAsync(frame);
        }
        catch
        {
            Pending.TryRemove(id, out _);
            throw;
        }
        return await answer.Task;
    }

    /// <summary>The client's keep-alive: the server closes a connection it has heard nothing from for 30 s.</summary>
    public Task PingAsync() => SendAsync(Ping);

    public async Task CloseAsync()
    {
        _closing = true;
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
    }

    private async Task SendAsync(byte[] frame)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Reads records (JSON texts ending in 0x1E, which may span frames or share one) until the socket closes.</summary>
    private async Task ReadAsync(TaskCompletionSource handshake)
    {
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
                var read = await _socket.ReceiveAsync(_buffer.AsMemory(filled), CancellationToken.None);
                if (read.MessageType == WebSocketMessageType.Close) break;
                var scanned = filled;
                filled += read.Count;
                var start = 0;
                int end;
                while ((end = Array.IndexOf(_buffer, RecordSeparator, scanned, filled - scanned)) >= 0)
                {
                    var record = _buffer.AsSpan(start, end - start);
                    if (!handshake.Task.IsCompleted)
                    {
                        if (record.IndexOf("error"u8) >= 0) handshake.TrySetException(new InvalidOperationException(Encoding.UTF8.GetString(record)));
                        else handshake.TrySetResult();
                    }
                    else Handle(record);
                    start = scanned = end + 1;
                }
                if (start > 0)
                {
                    _buffer.AsSpan(start, filled - start).CopyTo(_buffer);
                    filled -= start;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        handshake.TrySetException(new InvalidOperationException("The server closed the connection during the handshake."));
        if (!_closing) _onClosed();
    }

    private void Handle(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        int type = 0;
        long invocation = 0;
        bool isMessage = false, failed = false;
        Delivered message = default;
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8)) { reader.Read(); type = reader.GetInt32(); }
            else if (reader.ValueTextEquals("invocationId"u8)) { reader.Read(); invocation = long.Parse(reader.GetString()!); }
            else if (reader.ValueTextEquals("target"u8)) { reader.Read(); isMessage = reader.ValueTextEquals("Message"u8); }
            else if (reader.ValueTextEquals("error"u8)) { reader.Read(); failed = true; }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                reader.Read(); // [
                if (reader.Read() && reader.TokenType != JsonTokenType.EndArray) // events such as ChatsChanged have none
                {
                    if (reader.TokenType == JsonTokenType.StartObject) message = ReadMessage(ref reader);
                    else reader.Skip();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject) message = ReadMessage(ref reader);
                else reader.Skip();
            }
            else { reader.Read(); reader.Skip(); }
        }
        if (type == 1 && isMessage) _onMessage(message);
        else if (type == 3 && Pending.TryRemove(invocation, out var answer))
        {
            if (failed) answer.TrySetException(new InvalidOperationException("The server refused Send."));
            else answer.TrySetResult(message);
        }
    }

    /// <summary>chatId, seq, clientId, and the send time the bench wrote after «bench » in the text.</summary>
    private static Delivered ReadMessage(ref Utf8JsonReader reader)
    {
        Guid chatId = default, clientId = default;
        long seq = 0, sentAt = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("chatId"u8)) { reader.Read(); chatId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("clientId"u8)) { reader.Read(); clientId = reader.GetGuid(); }
            else if (reader.ValueTextEquals("seq"u8)) { reader.Read(); seq = reader.GetInt64(); }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                var text = reader.ValueSpan;
                if (text.StartsWith("bench "u8)) Utf8Parser.TryParse(text["bench ".Length..], out sentAt, out _);
            }
            else { reader.Read(); reader.Skip(); }
        }
        return new Delivered(chatId, seq, clientId, sentAt);
    }
}
