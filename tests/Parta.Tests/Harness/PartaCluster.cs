using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Tests.Harness;

/// <summary>
/// Parta scaled out as an operator runs it (docs/operations.md): two server processes on loopback ports with one
/// database, one data folder (the data-protection keys, so each node accepts the other's cookies) and one Redis.
/// A uses the sources folder as its content root and B its build output, as two machines with different
/// install paths would. Scenario intents run against node A; <see cref="ServerProcessClients.Use"/> moves a person's
/// browser (its cookies) to the other node, as a load balancer may at any request.
/// </summary>
public sealed class PartaCluster : IPartaServer, IAsyncDisposable
{
    private readonly string _dataPath;
    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private Credentials? _operator;

    public ServerProcess A { get; private set; } = null!;
    /// <summary>The second node; null when the cluster was started with one.</summary>
    public ServerProcess B { get; private set; } = null!;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The shared data folder: data-protection keys, uploaded files and, on SQLite, parta.db.</summary>
    public string DataPath => _dataPath;
    public Credentials Operator => _operator!;

    private PartaCluster(string? postgresServer, string? dataPath = null, DatabaseProvider? provider = null, string? connectionString = null)
    {
        _dataPath = dataPath ?? Directory.CreateTempSubdirectory("parta-cluster-").FullName;
        Provider = provider ?? (postgresServer is null ? PartaFactory.Provider : DatabaseProvider.Postgres);
        ConnectionString = connectionString ?? (Provider == DatabaseProvider.Postgres
            ? TestDatabase.New(postgresServer ?? TestEnvironment.PostgresServer)
            // The server's own default (a file in the data folder); EF Core creates it in WAL mode, which lets
            // two processes read while one writes.
            : $"Data Source={Path.Combine(_dataPath, "parta.db")}");
    }

    /// <summary>
    /// Starts A, creates the platform operator through A's first-start link, then starts B: the first node
    /// creates the data-protection key and applies migrations before the second one reads them.
    /// </summary>
    /// <param name="redis">The shared Redis; null for a single node without the backplane.</param>
    /// <param name="postgresServer">A PostgreSQL server of the test's own (a connection string without a database): the cluster runs on it, whatever PARTA_TEST_PROVIDER says.</param>
    public static async Task<PartaCluster> StartAsync(string? redis, int nodes = 2, string? postgresServer = null)
    {
        var cluster = new PartaCluster(postgresServer);
        try
        {
            cluster.A = await ServerProcess.StartAsync(cluster.Node("A", redis) with { ContentRoot = ServerBuild.SourceDir });
            var link = cluster.A.FirstOperatorLink();
            var credentials = new Credentials(TestData.NewPhone(), "operator-pass-1");
            await cluster.A.NewClient().CreateFirstOperatorAsync(link[(link.LastIndexOf('/') + 1)..], credentials);
            cluster._operator = credentials;
            if (nodes > 1) cluster.B = await ServerProcess.StartAsync(cluster.Node("B", redis));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>One node on an installation that already exists (a restored backup): its data folder, its database, its operator.</summary>
    public static async Task<PartaCluster> OpenAsync(string dataPath, DatabaseProvider provider, string connectionString, Credentials operatorCredentials)
    {
        var cluster = new PartaCluster(null, dataPath, provider, connectionString) { _operator = operatorCredentials };
        try
        {
            cluster.A = await ServerProcess.StartAsync(cluster.Node("A", null));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A node on the shared data folder, database and Redis; its content root is the build output unless changed.</summary>
    private ServerOptions Node(string name, string? redis) => new()
    {
        Name = name,
        DataPath = _dataPath,
        Provider = Provider.ToString(),
        ConnectionString = ConnectionString,
        Redis = redis,
        Settings = new Dictionary<string, string>(ServerSettings.Unthrottled)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            // "Closing realtime connection …" lines, for a failing test's output.
            ["Logging:LogLevel:Parta.Server.Realtime"] = "Information",
        },
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
        DatabaseSetup.Configure(options, Provider, ConnectionString);
        await using var db = new PartaDbContext(options.Options);
        await action(db);
    }

    /// <summary>Both nodes' console output, for a failure message.</summary>
    public string Output => B is null ? $"--- node A ---\n{A?.Output}" : $"--- node A ---\n{A?.Output}\n--- node B ---\n{B.Output}";

    public async ValueTask DisposeAsync()
    {
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
