using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Parta.Data;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Whether the database can be reached. The first request or realtime call that fails for want of it marks an
/// outage; from then on requests are answered at once with 503 <c>database_unavailable</c> (and realtime calls with
/// that code) without touching the database, while a probe looks for its return every <see cref="ProbeInterval"/>.
/// <para>
/// Why: with PostgreSQL stopped, every request used to fail in the database layer — a 500 and three error entries
/// with stack traces each — and clients could not tell «try again in a moment» from a defect (issue 18). Failing at
/// the door keeps the log to one line per outage and the answer typed. Once the probe connects, the connection
/// pool is emptied before requests are let through: its connections belong to the stopped server and would each
/// fail once more.
/// </para>
/// </summary>
public sealed class DatabaseAvailability(IServiceScopeFactory scopes, ILogger<DatabaseAvailability> logger)
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>What clients are told to wait before they try again (the Retry-After header, in seconds).</summary>
    public const int RetryAfterSeconds = 2;

    public const string Code = "database_unavailable";

    private int _down;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>
    /// Whether <paramref name="exception"/> says the database cannot be reached (refused or dropped connection, a
    /// server shutting down or starting up, an unreadable SQLite file); if so, the outage is marked.
    /// </summary>
    public bool Noticed(Exception exception)
    {
        if (!IsConnectionFailure(exception)) return false;
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            logger.LogWarning("The database cannot be reached ({Reason}); answering {Code} until it is back", Innermost(exception).Message, Code);
            _ = Task.Run(ProbeUntilBackAsync);
        }
        return true;
    }

    public static bool IsConnectionFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 08: connection exceptions; 57P01–03: shut down by the administrator, crashed, starting up or
                // shutting down; 53300: too many connections. (A busy or locked SQLite file is contention, not absence.)
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteIoError or SqliteCantOpen;
                case NpgsqlException { InnerException: IOException or SocketException or TimeoutException }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }

    private const int SqliteIoError = 10, SqliteCantOpen = 14;

    /// <summary>
    /// For the readiness check: false during a known outage without asking; otherwise one <c>SELECT 1</c>, which marks
    /// an outage when it cannot connect (so a server nobody uses learns of it too).
    /// </summary>
    public async Task<bool> AnswersAsync(CancellationToken ct)
    {
        if (IsDown) return false;
        try
        {
            await SelectOneAsync(pooled: true, ct);
            return true;
        }
        catch (Exception e) when (Noticed(e))
        {
            return false;
        }
    }

    private async Task ProbeUntilBackAsync()
    {
        var down = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await Task.Delay(ProbeInterval);
            try
            {
                // Outside the pool: its idle connections belong to the stopped server and would fail the probe once each.
                await SelectOneAsync(pooled: false, CancellationToken.None);
                NpgsqlConnection.ClearAllPools();
                SqliteConnection.ClearAllPools();
                Volatile.Write(ref _down, 0);
                // At the outage's level: a log kept at warnings shows both ends of it.
                logger.LogWarning("The database is back after {Seconds:0.0} s", down.Elapsed.TotalSeconds);
                return;
            }
            catch (Exception e) when (IsConnectionFailure(e))
            {
            }
            catch (Exception e)
            {
                // Reached but refusing (a wrong password after a restore, say): that is for the operator, and requests
                // will say so with their own errors.
                logger.LogError(e, "The database answered the availability probe with an error");
                NpgsqlConnection.ClearAllPools();
                Volatile.Write(ref _down, 0);
                return;
            }
        }
    }

    /// <summary>Asked outside EF Core, whose failed connection attempts are logged as errors with their stack traces.</summary>
    private async Task SelectOneAsync(bool pooled, CancellationToken ct)
    {
        await using var connection = await OpenAsync(pooled, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(ct);
    }

    private async Task<DbConnection> OpenAsync(bool pooled, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<PartaDbContext>().Database;
        var connectionString = database.GetConnectionString()!;
        DbConnection connection = database.IsNpgsql()
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = pooled, Timeout = 3 }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = pooled }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
