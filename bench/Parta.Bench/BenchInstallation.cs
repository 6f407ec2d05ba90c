using Npgsql;

namespace Parta.Bench;

/// <summary>
/// What one bench run installs the server on: a data folder of its own and, given a PostgreSQL server, a database
/// of its own; both are gone once the run is disposed. The seeding (<see cref="Messaging.Seed"/>) and the server
/// process use the same <see cref="Server"/> settings, so they meet in the same database and key ring.
/// </summary>
public sealed class BenchInstallation(string name, string postgres) : IAsyncDisposable
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory($"parta-bench-{name}-").FullName;

    /// <summary>The run's PostgreSQL database (a connection string); empty on SQLite.</summary>
    public string Database { get; } = postgres.Length > 0 ? TestDatabase.New(postgres, "parta_bench") : "";

    public string DatabaseName => Database.Length > 0 ? "postgres" : "sqlite";

    /// <summary>The build output as content root, warnings only, printed as they come (a person watches the run).</summary>
    public ServerOptions Server => new()
    {
        Name = name,
        DataPath = DataPath,
        Provider = Database.Length > 0 ? "Postgres" : "Sqlite",
        ConnectionString = Database.Length > 0 ? Database : null,
        Settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" },
        Echo = true,
    };

    public async ValueTask DisposeAsync()
    {
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
        if (Database.Length > 0) await DropAsync(Database);
    }

    /// <summary>Drops the database a connection string names, closing whatever sessions still hold it.</summary>
    private static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var name = database.Database!;
        database.Database = "postgres";
        await using var admin = new NpgsqlConnection(database.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
