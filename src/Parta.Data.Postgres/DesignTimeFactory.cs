using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Parta.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL without a running server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartaDbContext>
{
    public PartaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=parta_design");
        return new PartaDbContext(options.Options);
    }
}
