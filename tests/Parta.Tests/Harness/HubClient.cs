using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Parta.Server.Realtime;

namespace Parta.Tests.Harness;

/// <summary>
/// A realtime connection to /hubs/events as the browser makes it: a WebSocket carrying the person's
/// session cookie. Records every event it receives, so a test can wait for one or prove none came.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Name, JsonNode? Payload)> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HubConnection Connection { get; }

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        // Every event the server declares (IEventsClient), by its own name: a new event is recorded without a change here.
        foreach (var name in RealtimeContract.Events.Select(e => e.Name))
        {
            if (RealtimeContract.Events.Single(e => e.Name == name).GetParameters().Length == 0)
                // ChatsChanged carries nothing: a handler with a parameter would never be called for it.
                connection.On(name, () => Record(name, null));
            else connection.On<JsonElement?>(name, payload => Record(name, payload));
        }
        connection.Closed += error => { _closed.TrySetResult(error); return Task.CompletedTask; };
    }

    /// <param name="origin">The page a browser would name in the handshake's Origin header; none, as a non-browser client sends.</param>
    public static async Task<HubClient> ConnectAsync(PartaFactory factory, ApiClient client, string? origin = null)
    {
        var url = new Uri(factory.Server.BaseAddress, "/hubs/events");
        var builder = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, ct) =>
                {
                    var sockets = factory.Server.CreateWebSocketClient();
                    sockets.ConfigureRequest = request =>
                    {
                        request.Headers.Cookie = client.Cookies.GetCookieHeader(url);
                        if (origin is not null) request.Headers.Origin = origin;
                    };
                    return await sockets.ConnectAsync(context.Uri, ct);
                };
            });
        return await StartAsync(builder);
    }

    /// <summary>A connection to a server in its own process (<see cref="ServerProcess"/>), over a real WebSocket.</summary>
    public static async Task<HubClient> ConnectAsync(ServerProcess node, ApiClient client)
    {
        var url = new Uri(node.BaseAddress, "/hubs/events");
        var builder = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                // The cookie the browser holds, whichever node issued it; behind a balancer any node may get it.
                options.Headers["Cookie"] = client.Cookies.GetCookieHeader(url);
            });
        return await StartAsync(builder);
    }

    private static async Task<HubClient> StartAsync(IHubConnectionBuilder builder)
    {
        var connection = builder
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        var hub = new HubClient(connection);
        try
        {
            await connection.StartAsync();
            // StartAsync returns after the handshake, while the server may still be joining the chat groups
            // (OnConnectedAsync); a hub call is served only after that, so one round trip makes the connection
            // ready, as the web client's Sync after connecting does. Without it an event sent at once can be missed.
            await connection.InvokeCoreAsync("Sync", typeof(object), [Array.Empty<object>()]);
            return hub;
        }
        catch
        {
            // A server that is down or refusing: the half-made connection must not linger (tests that reconnect in a loop).
            await connection.DisposeAsync();
            throw;
        }
    }

    private void Record(string name, JsonElement? payload)
    {
        _events.Enqueue((name, payload is null ? null : JsonNode.Parse(payload.Value.GetRawText())));
        _arrived.Release();
    }

    public IReadOnlyList<JsonNode> Received(string name) => _events.Where(e => e.Name == name).Select(e => e.Payload!).ToList();

    /// <summary>Waits until <paramref name="count"/> events of that name have arrived in all.</summary>
    public async Task<IReadOnlyList<JsonNode>> WaitForAsync(string name, int count = 1, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Received(name).Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"Expected {count} «{name}» events, got {Received(name).Count}: {string.Join(", ", _events.Select(e => e.Name))}");
        }
        return Received(name);
    }

    /// <summary>Completes when the server closes the connection.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public Task<JsonNode> SendAsync(Guid chatId, string text, Guid? clientId = null, long? replyToSeq = null) =>
        InvokeAsync("Send", chatId, new { clientId = clientId ?? Guid.NewGuid(), text, replyToSeq });

    /// <summary>Asks for what was missed in each chat since the given sequence number, as a reconnecting client does.</summary>
    public Task<JsonNode> SyncAsync(params (Guid ChatId, long AfterSeq)[] cursors) =>
        InvokeAsync("Sync", (object)cursors.Select(c => new { chatId = c.ChatId, afterSeq = c.AfterSeq }).ToArray());

    /// <summary>Calls a hub method that returns nothing, and waits for the server to confirm it.</summary>
    public Task InvokeVoidAsync(string method, params object?[] args) => Connection.InvokeCoreAsync(method, typeof(object), args);

    public async Task<JsonNode> InvokeAsync(string method, params object?[] args)
    {
        var result = await Connection.InvokeCoreAsync<JsonElement>(method, args);
        return JsonNode.Parse(result.GetRawText())!;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
