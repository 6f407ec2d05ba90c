using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Parta.BrowserTests;

/// <summary>
/// A real Parta server as a newcomer starts it: the built server in its own process on a loopback port,
/// with an empty SQLite database, printing the first-operator link on its console.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("parta-browser-").FullName;

    public string BaseUrl { get; }

    private ServerProcess(int port)
    {
        BaseUrl = $"http://127.0.0.1:{port}";
        var serverDir = Path.Combine(Repository.Root, "src", "Parta.Server");
        // The server's own build output, same configuration as these tests (bin/<Configuration>/net10.0).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(serverDir, "bin", configuration, "net10.0", "Parta.Server.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = serverDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["ASPNETCORE_CONTENTROOT"] = serverDir;
        start.Environment["PARTA_PARTA__DATAPATH"] = _dataPath;
        start.Environment["PARTA_PARTA__PUBLICURL"] = BaseUrl;
        start.Environment["PARTA_DATABASE__PROVIDER"] = "Sqlite";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<ServerProcess> StartAsync()
    {
        var server = new ServerProcess(FreePort());
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server._process.HasExited) throw new InvalidOperationException("The server exited:\n" + server.Output);
            try
            {
                if ((await http.GetAsync(server.BaseUrl + "/health/ready")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The server did not become ready:\n" + server.Output);
    }

    /// <summary>The one-time link the server printed for creating the first operator.</summary>
    public string FirstOperatorLink() => SetupLink().Match(Output) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("No first-operator link in the server's output:\n" + Output);

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/setup/[A-Za-z0-9_\-]+")]
    private static partial Regex SetupLink();
}

public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parta.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Parta.slnx not found above " + AppContext.BaseDirectory);
    }
}
