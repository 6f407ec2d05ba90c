using Parta.Data;

namespace Parta.Tests.Harness;

/// <summary>
/// A test that brings its own PostgreSQL (<see cref="ThrowAwayPostgres"/>) or needs several nodes on one PostgreSQL
/// database: it runs once, in the PostgreSQL run of ./test.sh (PARTA_TEST_PROVIDER=postgres). The SQLite run skips
/// it, as it would only repeat the same test on the same database; ./test.sh leaves such tests out of its SQLite run by
/// their trait (<c>--filter Run!=Postgres</c>), so its summary counts no skipped tests.
/// </summary>
public sealed class PostgresRunFactAttribute : FactAttribute
{
    public const string Trait = "Run";
    public const string Value = "Postgres";

    public PostgresRunFactAttribute()
    {
        if (PartaFactory.Provider != DatabaseProvider.Postgres) Skip = "Runs in the PostgreSQL run (PARTA_TEST_PROVIDER=postgres), as ./test.sh does.";
    }
}
