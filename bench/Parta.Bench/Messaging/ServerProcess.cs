using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Parta.Bench.Messaging;

/// <summary>
/// The real server (src/Parta.Server's own build output, its own runtime settings such as server GC) in a
/// process of its own on a loopback port, so its CPU time and resident memory can be read from /proc.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string Url { get; }
    public int Pid => _process.Id;

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parta.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parta.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Where Parta.Server.dll was built next to the bench (the project reference builds it in the same configuration).</summary>
    public static string ServerDirectory()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // …/bin/Release/net10.0/
        return Path.Combine(RepositoryRoot(), "src", "Parta.Server", "bin", configuration, "net10.0");
    }

    /// <summary>The settings the server and the seeding (which builds the same composition) share.</summary>
    public static List<string> Arguments(string data, string postgresDatabase, int port) =>
    [
        "--urls", $"http://127.0.0.1:{port}", "--contentRoot", ServerDirectory(), "--Parta:DataPath", data,
        "--Logging:LogLevel:Default", "Warning",
        .. postgresDatabase.Length > 0 ? new[] { "--Database:Provider", "Postgres", "--Database:ConnectionString", postgresDatabase } : [],
    ];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ServerProcess> StartAsync(IReadOnlyList<string> arguments, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = ServerDirectory(), UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(ServerDirectory(), "Parta.Server.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var url = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"Server exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync(url + "/health/ready")).IsSuccessStatusCode) return new ServerProcess(process, url);
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        process.Kill(true);
        throw new TimeoutException("Server did not become ready in 60 s");
    }

    /// <summary>User + system CPU time so far (from /proc/&lt;pid&gt;/stat, in clock ticks of 1/100 s).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }

    /// <summary>VmRSS and VmHWM (peak) from /proc/&lt;pid&gt;/status, in KiB.</summary>
    public (long Rss, long Peak) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:")) rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            if (line.StartsWith("VmHWM:")) peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        return (rss, peak);
    }

    /// <summary>OS threads of the server: a climbing count under load is the thread pool injecting threads for blocked work.</summary>
    public int Threads() =>
        int.Parse(File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("Threads:")).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1].Trim());

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
