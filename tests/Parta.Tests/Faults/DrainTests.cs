using System.Diagnostics;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// An operator's restart (systemd, docker stop: SIGTERM) is not a fault a class may notice: the sends the
/// server is working on are answered before it closes the connections and exits (docs/operations.md, Shutdown).
/// </summary>
public sealed class DrainTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stopping_the_server_with_SIGTERM_answers_every_send_in_flight_before_it_exits()
    {
        var watch = Stopwatch.StartNew();
        await using var cluster = await PartaCluster.StartAsync(redis: null, nodes: 1);
        await using var load = await ClassUnderLoad.SetUpAsync(cluster);
        await load.StartAsync(TimeSpan.FromMilliseconds(30));
        await load.WaitForAcknowledgementsAsync(60, TimeSpan.FromSeconds(60), () => cluster.Output);

        var terminated = DateTime.UtcNow;
        var exitCode = await cluster.A.TerminateAsync(TimeSpan.FromSeconds(40));
        var exited = DateTime.UtcNow;
        Assert.True(exitCode == 0, $"The server exited with {exitCode} after SIGTERM:\n{cluster.Output}");
        await cluster.A.RestartAsync();
        await load.WaitForAcknowledgementsAsync(30, TimeSpan.FromSeconds(60), () => cluster.Output);
        await load.StopAsync(TimeSpan.FromSeconds(60));

        await load.AssertDeliveredAsync(cluster, converge: TimeSpan.FromSeconds(10));
        var acknowledged = load.Members.SelectMany(m => m.Acknowledgements).ToList();
        // A send cut off on the wire (sent as the connection closed) never reached the stopping server and is simply
        // sent again; a message the stopping server stored, but whose answer only the retry brought, was dropped mid-call.
        var storedButUnanswered = acknowledged.Where(a => a.Attempts > 1 && a.StoredAt < exited).ToList();
        Assert.True(storedButUnanswered.Count == 0,
            $"{storedButUnanswered.Count} messages stored by the stopping server were not answered before it closed the connections:\n" +
            string.Join("\n", storedButUnanswered.Select(a => $"  #{a.Seq} stored {a.StoredAt:HH:mm:ss.fff}, SIGTERM {terminated:HH:mm:ss.fff}")) + $"\n{load.Report()}");
        Assert.All(load.Members, m => Assert.True(m.ServerErrors.Count == 0, $"{m.Name} saw errors: {string.Join(" | ", m.ServerErrors)}"));
        var answeredWhileStopping = acknowledged.Count(a => a.At >= terminated && a.At <= exited);
        var stopping = exited - terminated;
        // Well inside the host's 20 s shutdown limit: the drain waits for calls under way, not for the limit.
        Assert.True(stopping < TimeSpan.FromSeconds(15), $"The server took {stopping.TotalSeconds:0.0} s to exit after SIGTERM.\n{cluster.Output}");
        output.WriteLine($"{answeredWhileStopping} sends answered after SIGTERM, the process exited {stopping.TotalSeconds:0.0} s after it; " +
            $"{load.AcknowledgedCount} acknowledged in all, whole test {watch.Elapsed.TotalSeconds:0} s\n{load.Report()}");
    }
}
