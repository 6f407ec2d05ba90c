using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parta.Data;

/// <summary>
/// SQLite settings a server needs on every connection. Write-ahead logging lets readers go on while a
/// message is being written (in the default rollback journal a writer blocks every reader).
/// <paramref name="synchronous"/> says what an acknowledged message survives: <c>FULL</c> (the default) syncs the
/// log in every commit, so a power cut loses nothing that was acknowledged; <c>NORMAL</c> syncs it only at
/// checkpoints, so a power cut may roll back the last commits (never corrupting the file). With the write queue's
/// group commit FULL costs one sync per batch, not per message: measured in docs/performance.md («Durability»).
/// With <paramref name="backgroundCheckpoints"/> a commit no longer copies the log into the database file when
/// the log has grown (SQLite's automatic checkpoint, ~20 ms with its sync here, about once a second while a
/// school writes 300 messages a second, and every message behind it waits): the server's
/// <c>SqliteCheckpointer</c> does that beside the writer instead.
/// </summary>
internal sealed class SqliteConnectionSettings(bool backgroundCheckpoints, SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous.ToString().ToUpperInvariant()};"
        + (backgroundCheckpoints ? " PRAGMA wal_autocheckpoint=0;" : "");

    // Microsoft.Data.Sqlite pools the database handles and EF opens a connection for every query, so the
    // settings are applied once per handle, not on every open (each hub call opened two or three times).
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);
}
