using System.Diagnostics;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// MSG-4 under the harshest stop there is: the server process is killed (SIGKILL — no shutdown, writes cut off
/// mid-batch) while a class sends, and started again, three times. Runs on SQLite and, under
/// PARTA_TEST_PROVIDER=postgres, on PostgreSQL.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_server_killed_under_load_and_restarted_loses_nothing_acknowledged_and_every_client_converges()
    {
        var watch = Stopwatch.StartNew();
        await using var cluster = await PartaCluster.StartAsync(redis: null, nodes: 1);
        await using var load = await ClassUnderLoad.SetUpAsync(cluster);
        await load.StartAsync(TimeSpan.FromMilliseconds(100));
        var restarts = new List<double>();
        // Three kills at least, and more until one has cut a send off in flight: on a quiet machine a send takes a few
        // milliseconds, so a kill can miss every one of them, and then the test would not have tested its point.
        for (var kill = 0; kill < 3 || (load.Members.Sum(m => m.Unanswered) == 0 && kill < 12); kill++)
        {
            await load.WaitForAcknowledgementsAsync(40, TimeSpan.FromSeconds(60), () => cluster.Output);
            // Kill while a send waits for its answer, not in the ~97 ms between one member's sends that a quiet
            // machine leaves: twelve kills at random moments all missed in one CI run.
            SpinWait.SpinUntil(() => load.Members.Any(m => m.Waiting && m.Connected), TimeSpan.FromSeconds(2));
            await cluster.A.KillAsync();
            var down = Stopwatch.StartNew();
            await cluster.A.RestartAsync();
            restarts.Add(down.Elapsed.TotalSeconds);
        }
        await load.WaitForAcknowledgementsAsync(40, TimeSpan.FromSeconds(60), () => cluster.Output);
        await load.StopAsync(TimeSpan.FromSeconds(60));

        await load.AssertDeliveredAsync(cluster, converge: TimeSpan.FromSeconds(10));
        var members = load.Members;
        Assert.True(members.All(m => m.Repeats.Count >= 3), "Acknowledged client ids were not sent again after the restarts.");
        Assert.True(members.Sum(m => m.Unanswered) > 0, "No send was cut off by a kill: the test did not test it.");
        Assert.All(members, m => Assert.True(m.ServerErrors.Count == 0, $"{m.Name} saw errors: {string.Join(" | ", m.ServerErrors)}"));
        output.WriteLine($"{load.AcknowledgedCount} acknowledged, restarts ready in {string.Join(", ", restarts.Select(s => $"{s:0.0} s"))}, whole test {watch.Elapsed.TotalSeconds:0} s\n{load.Report()}");
    }
}
