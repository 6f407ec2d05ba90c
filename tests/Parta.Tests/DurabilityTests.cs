using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// «Acknowledged means on disk» (issue 18): every SQLite connection of the server syncs a commit before it returns
/// (synchronous=FULL) unless the operator chose NORMAL. PostgreSQL's is its own setting (synchronous_commit, on unless
/// the database's operator turns it off — ./test.sh does, for speed), so there is nothing of the server's to check.
/// </summary>
public sealed class DurabilityTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task By_default_a_commit_is_on_disk_before_it_is_acknowledged()
    {
        if (PartaFactory.Provider != DatabaseProvider.Sqlite) return;
        Assert.Equal("2", await Durability.SettingAsync(factory));
    }
}

public sealed class NormalSynchronousFactory : PartaFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("Database:SqliteSynchronous", "Normal")];
}

public sealed class NormalSynchronousTests(NormalSynchronousFactory factory) : IClassFixture<NormalSynchronousFactory>
{
    [Fact]
    public async Task An_operator_may_trade_the_last_commits_before_a_power_cut_for_speed_on_SQLite()
    {
        if (PartaFactory.Provider != DatabaseProvider.Sqlite) return;
        Assert.Equal("1", await Durability.SettingAsync(factory));
    }
}

internal static class Durability
{
    /// <summary>SQLite's <c>PRAGMA synchronous</c> on a server connection: 2 = FULL, 1 = NORMAL.</summary>
    public static async Task<string> SettingAsync(PartaFactory factory)
    {
        var value = "";
        await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            value = Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        });
        return value;
    }
}
