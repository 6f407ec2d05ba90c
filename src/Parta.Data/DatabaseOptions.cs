using System.ComponentModel.DataAnnotations;

namespace Parta.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty for SQLite, the file <c>parta.db</c> in the data folder is used.</summary>
    public string? ConnectionString { get; set; }
}
