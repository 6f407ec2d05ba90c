using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace Parta.Tests.Harness;

/// <summary>
/// One Parta server in its own process (the built Parta.Server.dll) on a free loopback port. It can be killed
/// (SIGKILL, a power cut for the process), stopped as an operator stops it (SIGTERM) and started again on the same
/// port and settings, so browsers and realtime clients find it where they left it.
/// </summary>
public sealed class PartaNode : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly string _contentRoot;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private Process _process;

    public string Name { get; }
    public Uri BaseAddress { get; }

    /// <summary>The running process's id, for a benchmark reading its memory from /proc.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The server's own build output, same configuration as these tests (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string BuildDir { get; } = Path.Combine(ServerDir, "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0");

    public static string ServerDir => Path.Combine(Repository.Root, "src", "Parta.Server");

    private PartaNode(string name, string contentRoot, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        _contentRoot = contentRoot;
        _settings = settings;
        BaseAddress = new Uri($"http://127.0.0.1:{Loopback.FreePort()}");
        _process = Launch();
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(BuildDir, "Parta.Server.dll")])
        {
            WorkingDirectory = _contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_CONTENTROOT"] = _contentRoot;
        start.Environment["PARTA_PARTA__PUBLICURL"] = BaseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in _settings) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start node {Name}.");
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Keeps what the node prints, each line cut short: a log line with a stack trace runs to kilobytes.</summary>
    private void Record(string? line)
    {
        if (line is { Length: > 500 }) line = line[..500] + " …";
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Everything every run of this node printed, for a failure message.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts a node in the build output folder.</summary>
    public static Task<PartaNode> StartAsync(string name, IReadOnlyDictionary<string, string> settings) => StartAsync(name, BuildDir, settings);

    public static async Task<PartaNode> StartAsync(string name, string contentRoot, IReadOnlyDictionary<string, string> settings)
    {
        var node = new PartaNode(name, contentRoot, settings);
        try
        {
            await node.ReadyAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private async Task ReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"Node {Name} exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/health/ready"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Node {Name} did not become ready:\n{Output}");
    }

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

    /// <summary>Starts the stopped node again on the same port, data and settings; returns once it is ready.</summary>
    public async Task RestartAsync()
    {
        if (!_process.HasExited) throw new InvalidOperationException($"Node {Name} is still running.");
        _process.Dispose();
        lock (_output) _output.AppendLine($"--- node {Name} restarted ---");
        _process = Launch();
        await ReadyAsync();
    }

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"Could not signal node {Name}: errno {Marshal.GetLastPInvokeError()}");
    }

    private const int Sigkill = 9, Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>A new browser talking to this node.</summary>
    public ApiClient NewClient() => Client(new CookieContainer());

    /// <summary>The same browser (its cookies), its next requests landing on this node.</summary>
    public ApiClient Use(ApiClient browser) => Client(browser.Cookies);

    private ApiClient Client(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = BaseAddress }, cookies);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
