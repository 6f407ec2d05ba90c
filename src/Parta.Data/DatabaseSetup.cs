using Microsoft.EntityFrameworkCore;

namespace Parta.Data;

/// <summary>The provider switch: one model, two providers, each with its own generated migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Parta.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Parta.Data.Postgres";

    private static readonly SqliteConnectionSettings SqliteSettings = new(backgroundCheckpoints: false);
    private static readonly SqliteConnectionSettings SqliteSettingsCheckpointedApart = new(backgroundCheckpoints: true);

    /// <param name="sqliteCheckpointsApart">
    /// SQLite only: leave checkpoints to a background task (the server's <c>SqliteCheckpointer</c>) instead of the
    /// commit that fills the log. Only for a process that runs one; without it the log would only grow.
    /// </param>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, bool sqliteCheckpointsApart = false)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(sqliteCheckpointsApart ? SqliteSettingsCheckpointedApart : SqliteSettings);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
