using System.ComponentModel.DataAnnotations;

namespace Parta.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> in write-ahead-log mode: what an acknowledged message survives (docs/operations.md).
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit syncs the log: a committed, acknowledged message survives a power cut.</summary>
    Full,

    /// <summary>The log is synced at checkpoints only: a power cut can roll back the last acknowledged commits.</summary>
    Normal,
}

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty for SQLite, the file <c>parta.db</c> in the data folder is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: <c>Full</c> (default: acknowledged means on disk) or <c>Normal</c>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>Without this, a PostgreSQL installation would be handed a SQLite file name and fail at its first query.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult("is required when Database:Provider is Postgres", [nameof(ConnectionString)]);
    }
}
