using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Parta.Tests.Harness;

/// <summary>
/// A TCP relay on loopback between a client and a Parta node, standing for a slow connection that drops: uploads
/// pass at a set rate (so a test can act mid-upload), <see cref="CutAll"/> resets every connection at once, and while
/// the node is down new connections are reset as soon as they arrive.
/// </summary>
public sealed class ThrottlingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly int _bytesPerSecond;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public ThrottlingProxy(Uri target, int bytesPerSecond)
    {
        _target = target;
        _bytesPerSecond = bytesPerSecond;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    public int Cuts { get; private set; }

    /// <summary>Resets every open connection, as a phone losing its network does.</summary>
    public void CutAll()
    {
        Cuts++;
        foreach (var connection in _connections.Keys) Reset(connection);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        _connections[client] = 0;
        _connections[server] = 0;
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            var upstream = PumpAsync(client.GetStream(), server.GetStream(), throttle: true);
            var downstream = PumpAsync(server.GetStream(), client.GetStream(), throttle: false);
            await Task.WhenAny(upstream, downstream);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            Reset(client);
            Reset(server);
            _connections.TryRemove(client, out _);
            _connections.TryRemove(server, out _);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool throttle)
    {
        var buffer = new byte[16 * 1024];
        var started = DateTime.UtcNow;
        long sent = 0;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                sent += read;
                if (!throttle) continue;
                var due = started.AddSeconds(sent / (double)_bytesPerSecond) - DateTime.UtcNow;
                if (due > TimeSpan.Zero) await Task.Delay(due, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static void Reset(TcpClient connection)
    {
        if (connection.Client is null) return;
        try
        {
            // Linger 0: closing sends RST, so the other side sees a cut connection, not a clean end.
            connection.LingerState = new LingerOption(true, 0);
            connection.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        CutAll();
        await _accepting;
    }
}
