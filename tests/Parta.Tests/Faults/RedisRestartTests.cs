using System.Diagnostics;
using Parta.Tests.Harness;
using Xunit.Abstractions;

namespace Parta.Tests.Faults;

/// <summary>
/// Two nodes on one PostgreSQL database with Redis between them, a class spread over both, and Redis stopped for
/// longer than its client's timeout, then started again: each node keeps storing and delivering live to its own
/// people, delivery across nodes resumes, and once clients have synced nobody lacks or has twice any message
/// (docs/operations.md, «When Redis goes away»).
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(7);

    [Fact, Trait("Run", "Postgres")]
    public async Task With_Redis_stopped_each_node_serves_its_own_people_live_and_after_its_return_every_client_converges_without_duplicates()
    {
        var watch = Stopwatch.StartNew();
        await using var redis = await ThrowAwayRedis.StartAsync();
        await using var cluster = await PartaCluster.StartAsync(redis.Configuration, nodes: 2);
        await using var load = await ClassUnderLoad.SetUpAsync(cluster, nodeOf: i => i % 2 == 0 ? cluster.A : cluster.B);
        await load.StartAsync(TimeSpan.FromMilliseconds(100));
        await load.WaitForAcknowledgementsAsync(30, TimeSpan.FromSeconds(60), () => cluster.Output);
        var members = load.Members;

        await redis.StopAsync();
        var stopped = DateTime.UtcNow;
        await Task.Delay(Outage);
        // Still down: every message acknowledged to someone on a node during the outage (but the last second, for the
        // event to travel) has reached, live, everyone on the same node who is in its chat.
        var sentWhileDown = members.SelectMany(m => m.Acknowledgements.Where(a => a.At > stopped && a.At < DateTime.UtcNow.AddSeconds(-1)).Select(a => (Sender: m, Ack: a))).ToList();
        Assert.True(members.All(m => m.Acknowledgements.Any(a => a.At > stopped)), $"Not every person could send with Redis down:\n{load.Report()}\n{cluster.Output}");
        var sameNodeMisses = (from sent in sentWhileDown
                              from receiver in members
                              where receiver != sent.Sender && receiver.Node == sent.Sender.Node && receiver.Chats.Contains(sent.Ack.ChatId)
                                    && !receiver.ReceivedLive().Any(m => m.Id == sent.Ack.MessageId)
                              select $"{receiver.Name} lacks #{sent.Ack.Seq} of {sent.Sender.Name}").ToList();
        Assert.True(sameNodeMisses.Count == 0, $"{sameNodeMisses.Count} of {sentWhileDown.Count} messages sent with Redis down did not reach people on the same node live:\n" +
            string.Join("\n", sameNodeMisses.Take(20)) + $"\n{load.Report()}\n{cluster.Output}");

        await redis.StartAgainAsync();
        var back = Stopwatch.StartNew();
        var returned = DateTime.UtcNow;
        // Delivery across nodes resumes: a message sent on A after the return reaches someone on B live, and back.
        await WaitForCrossNodeDeliveryAsync(load, cluster.A, cluster.B, returned, cluster);
        await WaitForCrossNodeDeliveryAsync(load, cluster.B, cluster.A, returned, cluster);
        var resumed = back.Elapsed;
        await load.WaitForAcknowledgementsAsync(30, TimeSpan.FromSeconds(30), () => cluster.Output);
        await load.StopAsync(TimeSpan.FromSeconds(30));

        await load.AssertDeliveredAsync(cluster, converge: TimeSpan.FromSeconds(10));
        foreach (var member in members)
        {
            var twice = member.ReceivedLive().GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => $"#{g.First().Seq}").ToList();
            Assert.True(twice.Count == 0, $"{member.Name} received {twice.Count} messages live more than once: {string.Join(", ", twice.Take(20))}");
            Assert.True(member.ServerErrors.Count == 0, $"{member.Name} saw errors: {string.Join(" | ", member.ServerErrors)}");
        }
        output.WriteLine($"{sentWhileDown.Count} messages sent in {Outage.TotalSeconds:0} s without Redis, each delivered live on its node; cross-node delivery " +
            $"resumed {resumed.TotalSeconds:0.0} s after Redis was back; {load.AcknowledgedCount} acknowledged; whole test {watch.Elapsed.TotalSeconds:0} s\n{load.Report()}");
    }

    private static async Task WaitForCrossNodeDeliveryAsync(ClassUnderLoad load, ServerProcess from, ServerProcess to, DateTime after, PartaCluster cluster)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        bool Arrived() =>
            load.Members.Where(sender => sender.Node == from).SelectMany(sender => sender.Acknowledgements).Where(ack => ack.At > after)
                .Any(ack => load.Members.Any(receiver => receiver.Node == to && receiver.Chats.Contains(ack.ChatId) && receiver.ReceivedLive().Any(m => m.Id == ack.MessageId)));
        while (!Arrived())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No message from node {from.Name} reached node {to.Name} live within 30 s of Redis' return.\n{load.Report()}\n{cluster.Output}");
            await Task.Delay(100);
        }
    }
}
