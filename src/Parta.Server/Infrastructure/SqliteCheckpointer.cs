using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Infrastructure;

/// <summary>
/// SQLite's checkpoints, beside the writer: every second the log's committed pages are copied into the
/// database file. PASSIVE waits for nobody, and the writer and the readers go on meanwhile. The server's
/// own connections have automatic checkpoints off (<see cref="DatabaseSetup"/>), so no commit pays for one:
/// with them on, one commit a second waited ~20 ms for the copy and its sync, and every message queued behind
/// it (bench `classes`, docs/performance.md). On PostgreSQL this does nothing.
/// </summary>
public sealed class SqliteCheckpointer(IServiceScopeFactory scopes, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            if (!db.Database.IsSqlite()) return;
            connectionString = db.Database.GetConnectionString();
        }
        // Read-write, never create: an empty file made here would not be in WAL mode, and EF's read-only look
        // for an existing database (before migrating) would then fail setting it.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString());
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(stoppingToken);
                    await using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    await checkpoint.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (SqliteException e)
                {
                    // The next second tries again; until then the log only grows a little.
                    logger.LogWarning(e, "SQLite checkpoint failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
