using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Parta.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite without starting the server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartaDbContext>
{
    public PartaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new PartaDbContext(options.Options);
    }
}
