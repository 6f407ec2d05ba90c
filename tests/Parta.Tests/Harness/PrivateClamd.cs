using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Parta.Tests.Harness;

/// <summary>
/// A real clamd (ClamAV; Debian's clamav-daemon, which ./test.sh installs) on a loopback port, with a private
/// configuration and a signature database holding only the EICAR test file's signature: ready in a fraction of a
/// second at about 20 MB, and no signature download. It can be stopped and started again on the same port, as a
/// scanner that goes down and comes back.
/// </summary>
public sealed class PrivateClamd : IAsyncDisposable
{
    /// <summary>The anti-virus test file every scanner knows (68 bytes); it does nothing.</summary>
    public static readonly byte[] Eicar = Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    /// <summary>The name clamd reports for it: the database's entry, marked as not ClamAV's own.</summary>
    public const string EicarThreat = "Parta.Test.EICAR.UNOFFICIAL";

    private readonly string _folder = Directory.CreateTempSubdirectory("parta-clamd-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; } = Loopback.FreePort();
    public string Address => $"127.0.0.1:{Port}";

    private static string Binary => Environment.GetEnvironmentVariable("PARTA_TEST_CLAMD") ?? "/usr/sbin/clamd";

    public PrivateClamd()
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"clamd is not installed ({Binary}): apt-get install clamav-daemon (./test.sh does).");
        Directory.CreateDirectory(Path.Combine(_folder, "db"));
        // MD5:size:name of the EICAR file.
        File.WriteAllText(Path.Combine(_folder, "db", "parta-test.hdb"), "44d88612fea8a8f36de82e1278abb02f:68:Parta.Test.EICAR\n");
        File.WriteAllText(Path.Combine(_folder, "clamd.conf"), $"""
            DatabaseDirectory {_folder}/db
            TCPSocket {Port}
            TCPAddr 127.0.0.1
            Foreground yes
            StreamMaxLength 64M
            """);
    }

    /// <summary>Starts clamd unless it runs already (a second one could not take the port, and the first would be left running).</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false }) return;
        var start = new ProcessStartInfo(Binary, ["-c", Path.Combine(_folder, "clamd.conf")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (await PingAsync()) return;
            await Task.Delay(50);
        }
        lock (_output) throw new InvalidOperationException($"clamd did not start:\n{_output}");
    }

    /// <summary>Kills clamd: the scanner is gone, as when it crashes or reloads its signatures out of memory.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray());
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("PONG");
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
        await StopAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
