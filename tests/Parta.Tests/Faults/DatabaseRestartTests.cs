using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// PostgreSQL stopped for a few seconds while a class sends (an operator's restart, a package upgrade, a failover) and
/// started again: the server says «temporarily unavailable» in a way clients can act on, keeps its log readable, and
/// every client is whole again within seconds of the database's return (docs/operations.md, «When the database goes away»).
/// </summary>
public sealed partial class DatabaseRestartTests(ITestOutputHelper output)
{
    [Fact, Trait("Run", "Postgres")]
    public async Task PostgreSQL_stopped_under_load_is_answered_database_unavailable_and_every_client_converges_within_5_s_of_its_return()
    {
        var watch = Stopwatch.StartNew();
        await using var postgres = await ThrowAwayPostgres.StartAsync();
        await using var cluster = await PartaCluster.StartAsync(redis: null, nodes: 1, postgresServer: postgres.Server);
        await using var load = await ClassUnderLoad.SetUpAsync(cluster);
        using var http = new HttpClient { BaseAddress = cluster.A.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await load.StartAsync(TimeSpan.FromMilliseconds(50));
        await load.WaitForAcknowledgementsAsync(40, TimeSpan.FromSeconds(60), () => cluster.Output);
        var logBefore = cluster.A.Output.Length;

        var stopped = DateTime.UtcNow;
        await postgres.StopAsync();
        // Every person is told, as a typed refusal, that the database is away — no generic error, no hang.
        await WaitUntilAsync(() => load.Members.All(m => m.Unavailable.Any(t => t >= stopped)), TimeSpan.FromSeconds(10),
            () => $"Not every person was told database_unavailable:\n{load.Report()}\n{cluster.Output}");
        var told = DateTime.UtcNow - stopped;
        var api = await load.Members[0].Browser.GetAsync("/api/account/sessions");
        await ApiClient.ProblemAsync(api, HttpStatusCode.ServiceUnavailable, "database_unavailable");
        Assert.True(api.Headers.RetryAfter?.Delta is { } retryAfter && retryAfter > TimeSpan.Zero, "A 503 without Retry-After.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);
        var acknowledgedWhileDown = load.AcknowledgedCount;
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(acknowledgedWhileDown, load.AcknowledgedCount);

        await postgres.StartAgainAsync();
        var back = Stopwatch.StartNew();
        // This test's own pooled connections (it reads the database to check) went with the stopped server too.
        NpgsqlConnection.ClearAllPools();
        var returned = DateTime.UtcNow;
        await WaitUntilAsync(() => load.Members.All(m => m.Acknowledgements.Any(a => a.At > returned)), TimeSpan.FromSeconds(5),
            () => $"Not every person sent again within 5 s of the database's return:\n{load.Report()}\n{cluster.Output}");
        var resumed = back.Elapsed;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        await load.WaitForAcknowledgementsAsync(40, TimeSpan.FromSeconds(30), () => cluster.Output);
        await load.StopAsync(TimeSpan.FromSeconds(30));

        // Every acknowledged message stored once under its number, no gaps, retried ids answered with their first number,
        // and every person holding every message.
        await load.AssertDeliveredAsync(cluster, converge: TimeSpan.FromSeconds(5));
        Assert.All(load.Members, m => Assert.True(m.ServerErrors.Count == 0, $"{m.Name} saw errors: {string.Join(" | ", m.ServerErrors)}"));
        Assert.True(load.Members.All(m => m.Repeats.Count > 0), "Nobody asked again for an acknowledged message after the outage.");

        // The log tells the operator once, in a line, not with an error and a stack trace per request.
        var log = cluster.A.Output[logBefore..];
        // The requests under way as PostgreSQL went each log their failed query (EF Core); those after it are refused
        // at the door, and the refusals are not errors.
        var errors = Errors().Matches(log).Select(m => m.Value).ToList();
        Assert.True(errors.Count <= 4 * load.Members.Count, $"{errors.Count} error entries while the database was away:\n{string.Join("\n", errors.Take(30))}");
        Assert.DoesNotContain(errors, e => e.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase) || e.Contains("Failed to invoke hub method"));
        Assert.Contains("The database cannot be reached", log);
        Assert.Contains("The database is back", log);
        output.WriteLine($"told database_unavailable {told.TotalSeconds:0.0} s after the stop; every person sending again {resumed.TotalSeconds:0.0} s after " +
            $"PostgreSQL was back; {errors.Count} error entries; {load.AcknowledgedCount} acknowledged; whole test {watch.Elapsed.TotalSeconds:0} s\n{load.Report()}");
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(50);
        }
    }

    /// <summary>Entries logged as errors (SimpleConsole's «fail:» and «crit:»), each on its line.</summary>
    [GeneratedRegex(@"^.*\b(fail|crit): .*$", RegexOptions.Multiline)]
    private static partial Regex Errors();
}
