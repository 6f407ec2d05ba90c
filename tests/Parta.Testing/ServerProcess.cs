using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Parta.Testing;

/// <summary>
/// The built Parta.Server.dll in a process of its own on a free loopback port, as an operator runs it: settings
/// through PARTA_* variables, ready once <c>/health/ready</c> answers, everything it prints kept for a failure
/// message. It can be killed (SIGKILL, a power cut for the process), stopped as an operator stops it (SIGTERM)
/// and started again on the same port and settings, so browsers and realtime clients find it where they left it.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);
    private readonly ServerOptions _options;
    private readonly bool _ownsDataPath;
    private readonly StringBuilder _output = new();
    private Process _process;

    public string Name => _options.Name;
    public Uri BaseAddress { get; }
    /// <summary><see cref="BaseAddress"/> without the trailing slash: <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl { get; }
    public string DataPath { get; }

    /// <summary>The running process's id, for a benchmark reading its CPU time and memory from /proc.</summary>
    public int Pid => _process.Id;

    private ServerProcess(ServerOptions options)
    {
        _options = options;
        _ownsDataPath = options.DataPath is null;
        DataPath = options.DataPath ?? Directory.CreateTempSubdirectory("parta-server-").FullName;
        BaseUrl = $"http://127.0.0.1:{Loopback.FreePort()}";
        BaseAddress = new Uri(BaseUrl);
        _process = Launch();
    }

    public static async Task<ServerProcess> StartAsync(ServerOptions options)
    {
        var server = new ServerProcess(options);
        try
        {
            await server.ReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(ServerBuild.OutputDir, "Parta.Server.dll")])
        {
            WorkingDirectory = _options.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["ASPNETCORE_CONTENTROOT"] = _options.ContentRoot;
        start.Environment["PARTA_PARTA__PUBLICURL"] = BaseUrl;
        foreach (var (key, value) in _options.Configuration(DataPath)) start.Environment["PARTA_" + key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the server «{Name}».");
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Keeps what the server prints, each line cut short: a log line with a stack trace runs to kilobytes.</summary>
    private void Record(string? line)
    {
        if (_options.Echo && line is not null) Console.Error.WriteLine(line);
        if (line is { Length: > 500 }) line = line[..500] + " …";
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Everything every run of this server printed, for a failure message.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    private async Task ReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The server «{Name}» exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server «{Name}» did not become ready within {ReadyWithin.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>The one-time link the server printed on its first start, for creating the first operator.</summary>
    public string FirstOperatorLink() => SetupLink().Match(Output) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException($"No first-operator link in the output of the server «{Name}»:\n{Output}");

    /// <summary>SIGKILL: the process ends at once, mid-write, as in a power cut or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        Signal(Sigkill);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd or docker stop sends it; returns the exit code once the process has ended.</summary>
    public async Task<int> TerminateAsync(TimeSpan limit)
    {
        Signal(Sigterm);
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Starts the stopped server again on the same port, data and settings; returns once it is ready.</summary>
    public async Task RestartAsync()
    {
        if (!_process.HasExited) throw new InvalidOperationException($"The server «{Name}» is still running.");
        _process.Dispose();
        lock (_output) _output.AppendLine($"--- server «{Name}» restarted ---");
        _process = Launch();
        await ReadyAsync();
    }

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"Could not signal the server «{Name}»: errno {Marshal.GetLastPInvokeError()}");
    }

    private const int Sigkill = 9, Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_ownsDataPath)
            try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/setup/[A-Za-z0-9_\-]+")]
    private static partial Regex SetupLink();
}
