namespace Parta.Testing;

/// <summary>
/// The PARTA_TEST_* variables that ./test.sh sets (and /work-style shells export by hand): which database the
/// integration tests run on and where the services they need listen. One place, so every suite reads them alike.
/// </summary>
public static class TestEnvironment
{
    /// <summary>PARTA_TEST_PROVIDER=postgres; SQLite otherwise (the default).</summary>
    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("PARTA_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>PARTA_TEST_POSTGRES: a PostgreSQL server as a connection string without a database.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("PARTA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PARTA_TEST_PROVIDER=postgres needs PARTA_TEST_POSTGRES (a connection string without a database); ./test.sh sets both.");

    /// <summary>PARTA_TEST_REDIS (<c>host:port</c>); null when unset.</summary>
    public static string? Redis => Variable("PARTA_TEST_REDIS");

    /// <summary>PARTA_TEST_SMTP_PORT: the loopback SMTP server the server sends mail to; null when unset.</summary>
    public static string? SmtpPort => Variable("PARTA_TEST_SMTP_PORT");

    /// <summary>PARTA_TEST_SMTP_MAILDIR: where that SMTP server writes what arrived (a Maildir); null when unset.</summary>
    public static string? SmtpMaildir => Variable("PARTA_TEST_SMTP_MAILDIR");

    /// <summary>PARTA_TEST_CHROMIUM: the browser the browser tests drive (Debian's by default).</summary>
    public static string Chromium => Variable("PARTA_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>PARTA_TEST_ARTIFACTS: where screenshots go (artifacts/screenshots under the checkout by default).</summary>
    public static string Artifacts => Variable("PARTA_TEST_ARTIFACTS") ?? Path.Combine(Repository.Root, "artifacts", "screenshots");

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
