namespace Parta.Testing;

/// <summary>How to start a <see cref="ServerProcess"/>: its database, Redis, data folder and any other settings.</summary>
public sealed record ServerOptions
{
    /// <summary>Names the process in failure messages («node A»).</summary>
    public string Name { get; init; } = "server";

    /// <summary>The data folder (keys, files, the SQLite database); null: a temporary folder of the process's own, deleted with it.</summary>
    public string? DataPath { get; init; }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> reads.</summary>
    public string Provider { get; init; } = "Sqlite";

    /// <summary>Null: the server's own default (parta.db in the data folder).</summary>
    public string? ConnectionString { get; init; }

    /// <summary><c>Redis:Configuration</c> (<c>host:port</c>) for the backplane; null: a single server without one.</summary>
    public string? Redis { get; init; }

    /// <summary>The build output by default; <see cref="ServerBuild.SourceDir"/> serves the built web client.</summary>
    public string ContentRoot { get; init; } = ServerBuild.OutputDir;

    /// <summary>Any other settings, by configuration key (<c>Logging:LogLevel:Default</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Prints what the server prints as it comes (a bench run watched by a person), besides keeping it.</summary>
    public bool Echo { get; init; }

    /// <summary>Every setting by configuration key, for a data folder that is known.</summary>
    public Dictionary<string, string> Configuration(string dataPath)
    {
        var configuration = new Dictionary<string, string> { ["Parta:DataPath"] = dataPath, ["Database:Provider"] = Provider };
        if (ConnectionString is not null) configuration["Database:ConnectionString"] = ConnectionString;
        if (Redis is not null) configuration["Redis:Configuration"] = Redis;
        foreach (var (key, value) in Settings) configuration[key] = value;
        return configuration;
    }

    /// <summary>
    /// The same settings as command-line arguments, for building the server's composition in the caller's own
    /// process (<c>PartaApp.Build</c>, as the bench's seeding does) over the same data folder and database.
    /// </summary>
    public string[] Arguments() =>
    [
        "--contentRoot", ContentRoot,
        .. Configuration(DataPath ?? throw new InvalidOperationException("The server's composition needs a data folder that outlives it.")).SelectMany(s => new[] { "--" + s.Key, s.Value }),
    ];
}
