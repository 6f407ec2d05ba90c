namespace Parta.Testing;

/// <summary>
/// PostgreSQL databases of a test's or a bench run's own, on a shared server: a fresh name each time (the server
/// creates the database when it applies its migrations), so runs never see each other's rows.
/// </summary>
public static class TestDatabase
{
    /// <summary>A connection string naming a new database <c>&lt;prefix&gt;_&lt;guid&gt;</c> on <paramref name="server"/> (a connection string without a database).</summary>
    public static string New(string server, string prefix = "parta") => $"{server};Database={prefix}_{Guid.NewGuid():N}";
}
