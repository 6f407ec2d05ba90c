using Microsoft.EntityFrameworkCore;

namespace Parta.Data;

/// <summary>The provider switch: one model, two providers, each with its own generated migrations assembly.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Parta.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Parta.Data.Postgres";

    private static readonly SqliteConnectionSettings SqliteSettings = new();

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(SqliteSettings);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
