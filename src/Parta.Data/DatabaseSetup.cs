using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Parta.Data;

/// <summary>The provider switch: one model, two providers, each with its own generated migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Parta.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Parta.Data.Postgres";

    // One interceptor per combination: EF builds its internal services per set of options, so a new instance on
    // every Configure call would build them again each time.
    private static readonly Dictionary<(bool, SqliteSynchronous), SqliteConnectionSettings> SqliteSettings =
        (from apart in new[] { false, true } from synchronous in Enum.GetValues<SqliteSynchronous>() select (apart, synchronous))
        .ToDictionary(k => k, k => new SqliteConnectionSettings(k.apart, k.synchronous));

    /// <param name="sqliteCheckpointsApart">
    /// SQLite only: leave checkpoints to a background task (the server's <c>SqliteCheckpointer</c>) instead of the
    /// commit that fills the log. Only for a process that runs one; without it the log would only grow.
    /// </param>
    /// <param name="sqliteSynchronous">SQLite only: what an acknowledged commit survives (<see cref="SqliteSynchronous"/>).</param>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, bool sqliteCheckpointsApart = false,
        SqliteSynchronous sqliteSynchronous = SqliteSynchronous.Full)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqliteSettings[(sqliteCheckpointsApart, sqliteSynchronous)]);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(WithAutoPrepare(connectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    /// <summary>
    /// Npgsql prepares a statement on the server once it has run five times, so PostgreSQL stops parsing it anew
    /// (and plans it less) — unless the operator's connection string sets <c>Max Auto Prepare</c> itself. In the
    /// messaging benchmark (classes 300×30, perf) PostgreSQL's CPU fell from 0.65 to 0.55 cores with it: parsing
    /// from 6.5 % of its samples to 1.2 %, planning from ~21 % to ~13 % (docs/performance.md). 64 covers the hot
    /// statements with room.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (keys.Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }
}
