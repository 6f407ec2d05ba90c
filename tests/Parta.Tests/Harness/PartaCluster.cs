using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Tests.Harness;

/// <summary>
/// Parta scaled out as an operator runs it (docs/operations.md): two server processes on loopback ports with one
/// database, one data folder (the data-protection keys, so each node accepts the other's cookies) and one Redis.
/// A uses the sources folder as its content root and B its build output, as two machines with different
/// install paths would. Scenario intents run against node A; <see cref="PartaNode.Use"/> moves a person's
/// browser (its cookies) to the other node, as a load balancer may at any request.
/// </summary>
public sealed partial class PartaCluster : IPartaServer, IAsyncDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("parta-cluster-").FullName;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private Credentials? _operator;

    public PartaNode A { get; private set; } = null!;
    public PartaNode B { get; private set; } = null!;

    private PartaCluster()
    {
        _connectionString = PartaFactory.Provider == DatabaseProvider.Postgres
            ? $"{Environment.GetEnvironmentVariable("PARTA_TEST_POSTGRES") ?? throw new InvalidOperationException("PARTA_TEST_PROVIDER=postgres needs PARTA_TEST_POSTGRES (a connection string without a database); ./test.sh sets both.")};Database=parta_{Guid.NewGuid():N}"
            // The server's own default (a file in the data folder); EF Core creates it in WAL mode, which lets
            // two processes read while one writes.
            : $"Data Source={Path.Combine(_dataPath, "parta.db")}";
    }

    /// <summary>
    /// Starts A, creates the platform operator through A's first-start link, then starts B: the first node
    /// creates the data-protection key and applies migrations before the second one reads them.
    /// </summary>
    public static async Task<PartaCluster> StartAsync(string redis)
    {
        var cluster = new PartaCluster();
        try
        {
            var serverDir = Path.Combine(Repository.Root, "src", "Parta.Server");
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var buildDir = Path.Combine(serverDir, "bin", configuration, "net10.0");
            cluster.A = await PartaNode.StartAsync("A", buildDir, serverDir, cluster.Settings(redis));
            var link = SetupLink().Match(cluster.A.Output);
            if (!link.Success) throw new InvalidOperationException("Node A printed no first-operator link:\n" + cluster.A.Output);
            var credentials = new Credentials(TestData.NewPhone(), "operator-pass-1");
            await cluster.A.NewClient().CreateFirstOperatorAsync(link.Groups[1].Value, credentials);
            cluster._operator = credentials;
            cluster.B = await PartaNode.StartAsync("B", buildDir, buildDir, cluster.Settings(redis));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private Dictionary<string, string> Settings(string redis) => new()
    {
        ["PARTA_PARTA__DATAPATH"] = _dataPath,
        ["PARTA_DATABASE__PROVIDER"] = PartaFactory.Provider.ToString(),
        ["PARTA_DATABASE__CONNECTIONSTRING"] = _connectionString,
        ["PARTA_REDIS__CONFIGURATION"] = redis,
        ["PARTA_RATELIMITS__SIGNINPERMINUTE"] = "100000",
        ["PARTA_RATELIMITS__CODESPERTENMINUTES"] = "100000",
        ["PARTA_RATELIMITS__APPLICATIONSPERHOUR"] = "100000",
        ["PARTA_LOGGING__LOGLEVEL__DEFAULT"] = "Warning",
        // "Closing realtime connection …" lines, for a failing test's output.
        ["PARTA_LOGGING__LOGLEVEL__PARTA.SERVER.REALTIME"] = "Information",
    };

    /// <summary>A new browser, talking to node A.</summary>
    public ApiClient NewClient() => A.NewClient();

    public async Task<ApiClient> SignedInOperatorAsync()
    {
        var client = NewClient();
        await client.SignInAsync(_operator!.Login, _operator.Password);
        return client;
    }

    /// <summary>The shared database, opened by the test itself (the outbox, as <see cref="PartaFactory"/> reads it).</summary>
    public async Task WithDbAsync(Func<PartaDbContext, Task> action)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        DatabaseSetup.Configure(options, PartaFactory.Provider, _connectionString);
        await using var db = new PartaDbContext(options.Options);
        await action(db);
    }

    /// <summary>Both nodes' console output, for a failure message.</summary>
    public string Output => $"--- node A ---\n{A?.Output}\n--- node B ---\n{B?.Output}";

    public async ValueTask DisposeAsync()
    {
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"/setup/([A-Za-z0-9_\-]+)")]
    private static partial Regex SetupLink();
}

/// <summary>One Parta server in its own process (the built Parta.Server.dll) on a free loopback port.</summary>
public sealed class PartaNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public string Name { get; }
    public Uri BaseAddress { get; }

    private PartaNode(string name, string buildDir, string contentRoot, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(buildDir, "Parta.Server.dll")])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        start.Environment["PARTA_PARTA__PUBLICURL"] = BaseAddress.ToString().TrimEnd('/');
        foreach (var (key, value) in settings) start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start node {name}.");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<PartaNode> StartAsync(string name, string buildDir, string contentRoot, IReadOnlyDictionary<string, string> settings)
    {
        var node = new PartaNode(name, buildDir, contentRoot, settings);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (node._process.HasExited)
            {
                await node._process.WaitForExitAsync();
                throw new InvalidOperationException($"Node {name} exited with {node._process.ExitCode}:\n{node.Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(node.BaseAddress, "/health/ready"))).IsSuccessStatusCode) return node;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        await node.DisposeAsync();
        throw new TimeoutException($"Node {name} did not become ready:\n{node.Output}");
    }

    /// <summary>A new browser talking to this node.</summary>
    public ApiClient NewClient() => Client(new CookieContainer());

    /// <summary>The same browser (its cookies), its next requests landing on this node.</summary>
    public ApiClient Use(ApiClient browser) => Client(browser.Cookies);

    private ApiClient Client(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = BaseAddress }, cookies);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

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
