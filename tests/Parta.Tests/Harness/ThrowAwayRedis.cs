using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Parta.Tests.Harness;

/// <summary>
/// A redis-server of a test's own on a free loopback port, without persistence (it carries only the nodes' realtime
/// traffic), that the test may stop and start again on the same port — the shared PARTA_TEST_REDIS is everyone's.
/// </summary>
public sealed class ThrowAwayRedis : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parta-redis-").FullName;
    private Process? _process;

    public int Port { get; } = Loopback.FreePort();

    /// <summary>What the server's <c>Redis:Configuration</c> names.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<ThrowAwayRedis> StartAsync()
    {
        var redis = new ThrowAwayRedis();
        try
        {
            await redis.StartAgainAsync();
            return redis;
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the server at once (SIGKILL), as a crash or a failover does: every client's connection drops.</summary>
    public async Task StopAsync()
    {
        _process!.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts it (again) on the same port; returns once it answers.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("redis-server", ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersAsync())
        {
            if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}.");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("redis-server did not answer within 20 s.");
            await Task.Delay(50);
        }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var answer = new byte[7];
            var read = await stream.ReadAsync(answer);
            return read > 0 && answer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
