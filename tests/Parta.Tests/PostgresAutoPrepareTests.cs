using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Parta.Data;

namespace Parta.Tests;

/// <summary>
/// PostgreSQL prepares the server's repeated statements (Npgsql's auto-prepare), which took planning off
/// PostgreSQL's CPU in the messaging benchmark; an operator's own setting in the connection string wins.
/// </summary>
public sealed class PostgresAutoPrepareTests
{
    [Theory]
    [InlineData("Host=db.school.local;Username=parta;Password=secret", 64)]
    [InlineData("Host=db.school.local;Username=parta;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.school.local;Username=parta;maxautoprepare=10", 10)]
    public void Statements_are_prepared_unless_the_connection_string_says_otherwise(string given, int expected)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Postgres, given);
        var used = new NpgsqlConnectionStringBuilder(RelationalOptionsExtension.Extract(options.Options).ConnectionString);
        Assert.Equal(expected, used.MaxAutoPrepare);
        Assert.Equal("db.school.local", used.Host);
    }
}
