namespace Parta.Tests.Harness;

/// <summary>
/// A PostgreSQL cluster of a test's own, in a temporary folder on a free loopback port, that the test may stop and
/// start again (the shared server of PARTA_TEST_POSTGRES is everyone's). Made with the newest installed
/// PostgreSQL's initdb and pg_ctl, as ./test.sh makes its own; PostgreSQL refuses to run as root, so under root the
/// tools run as the <c>postgres</c> user, as in test.sh.
/// </summary>
public sealed class ThrowAwayPostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _data;

    public int Port { get; }

    /// <summary>A connection string without a database, as PARTA_TEST_POSTGRES is.</summary>
    public string Server => $"Host=127.0.0.1;Port={Port};Username=parta;Pooling=true;Maximum Pool Size=20";

    private ThrowAwayPostgres()
    {
        _folder = Directory.CreateTempSubdirectory("parta-pg-").FullName;
        _data = Path.Combine(_folder, "data");
        Port = Loopback.FreePort();
    }

    /// <summary>The newest installed PostgreSQL's tool (pg_dump, say, must not be older than the server it reads).</summary>
    public static string Tool(string name) =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin", name)).Last(File.Exists);

    public static async Task<ThrowAwayPostgres> StartAsync()
    {
        var postgres = new ThrowAwayPostgres();
        try
        {
            if (Environment.UserName == "root")
            {
                // The postgres user must reach the folder and own the cluster's.
                await Commands.RunAsync("chmod", "755", postgres._folder);
                Directory.CreateDirectory(postgres._data);
                await Commands.RunAsync("chown", "postgres:postgres", postgres._data);
            }
            await postgres.PgAsync("initdb", "-D", postgres._data, "-A", "trust", "-U", "parta", "-E", "UTF8", "--locale=C.UTF-8");
            await postgres.StartAgainAsync();
            return postgres;
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fast shutdown (<c>pg_ctl stop -m fast</c>), as an operator's restart or a package upgrade does: every session is ended.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped cluster; returns once it accepts connections.</summary>
    public Task StartAgainAsync() => PgAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "log"), "-w", "-o",
        $"-p {Port} -k {_data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start");

    private Task PgAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root" ? Commands.RunAsync("runuser", ["-u", "postgres", "--", Tool(tool), .. arguments]) : Commands.RunAsync(Tool(tool), arguments);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
            try { await PgAsync("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop"); } catch (Exception) { }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
