using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parta.Data.Entities;

namespace Parta.Bench.Messaging;

/// <summary>
/// classes, density and channel: a seeded school, the real server in its own process, and load-generator
/// worker processes (at most <see cref="PerWorker"/> connections each) whose results are added up here.
/// </summary>
public static class MessagingBenchmark
{
    private const int PerWorker = 9_000;

    // A run in which nothing was delivered after the warm-up has NaN percentiles; print them rather than fail.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public sealed record Options(string Scenario, int Classes, int Members, int ChannelMembers, double PostsPerSecond, double Seconds, double Warmup, int Runs, string Postgres);

    private sealed record Layout(List<(Chat Chat, List<Guid> Members, List<Guid> Senders, double PeriodMs)> Chats, Dictionary<Guid, SeededPerson> People);

    public static async Task RunAsync(Options options)
    {
        var summaries = new List<Dictionary<string, object?>>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var summary = await RunOnceAsync(options);
            summary["run"] = run;
            summaries.Add(summary);
            Console.WriteLine(JsonSerializer.Serialize(summary, Json));
        }
        Console.WriteLine();
        Console.WriteLine($"{options.Scenario} on {(options.Postgres.Length > 0 ? "PostgreSQL" : "SQLite")}, {options.Runs} run(s):");
        foreach (var key in summaries[0].Keys.Where(k => summaries[0][k] is double or long or int))
        {
            var values = summaries.Select(s => Convert.ToDouble(s[key], CultureInfo.InvariantCulture)).ToList();
            Console.WriteLine($"  {key,-28} {string.Join(" / ", values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))}   (range {values.Min():0.###}–{values.Max():0.###})");
        }
    }

    private static async Task<Dictionary<string, object?>> RunOnceAsync(Options o)
    {
        await using var installation = new BenchInstallation("msg", o.Postgres);
        var summary = new Dictionary<string, object?> { ["scenario"] = o.Scenario, ["database"] = installation.DatabaseName };
        var seedWatch = Stopwatch.StartNew();
        Layout layout;
        await using (var seed = new Seed(installation.Server.Arguments()))
            layout = await SeedAsync(seed, o);
        summary["seedSeconds"] = Math.Round(seedWatch.Elapsed.TotalSeconds, 1);

        await using var server = await ServerProcess.StartAsync(installation.Server);
        await Task.Delay(2000);
        // Density compares memory with and without connections: both sides measured right after a full collection.
        if (o.Scenario == "density") await InducedGc.CollectAsync(server.Pid);
        var baseline = server.Memory();
        var baselineHeap = await ManagedHeapAsync(server.BaseUrl);
        var baselineCommitted = await GcCommittedAsync(server.BaseUrl);

        var plans = Plans(server.BaseUrl, layout, o);
        var workers = plans.Select(Worker.Start).ToList();
        var ready = await Task.WhenAll(workers.Select(w => w.ReadLineAsync("READY")));
        summary["connections"] = ready.Sum(r => int.Parse(r.Split(' ')[1]));
        summary["connectFailed"] = ready.Sum(r => int.Parse(r.Split(' ')[2]));
        summary["connectSeconds"] = ready.Max(r => double.Parse(r.Split(' ')[3], CultureInfo.InvariantCulture));
        summary["workers"] = workers.Count;

        if (o.Scenario == "density")
        {
            await Task.Delay(5000);
            var connected = server.Memory();
            var heap = await ManagedHeapAsync(server.BaseUrl);
            var connections = (int)summary["connections"]!;
            summary["rssIdleMiB"] = Math.Round(baseline.Rss / 1024.0, 1);
            summary["rssConnectedMiB"] = Math.Round(connected.Rss / 1024.0, 1);
            summary["rssPerConnectionKiB"] = Math.Round((connected.Rss - baseline.Rss) / (double)connections, 2);
            summary["managedHeapPerConnectionKiB"] = Math.Round((heap - baselineHeap) / 1024.0 / connections, 2);
            await Task.Delay(15000);
            var later = server.Memory();
            summary["rssPerConnectionAfter20sKiB"] = Math.Round((later.Rss - baseline.Rss) / (double)connections, 2);
            // What the connections hold once garbage is gone (the baseline was measured before any garbage of connecting).
            await InducedGc.CollectAsync(server.Pid);
            summary["liveHeapPerConnectionKiB"] = Math.Round((await ManagedHeapAsync(server.BaseUrl) - baselineHeap) / 1024.0 / connections, 2);
            summary["rssPerConnectionAfterGcKiB"] = Math.Round((server.Memory().Rss - baseline.Rss) / (double)connections, 2);
            summary["gcCommittedPerConnectionKiB"] = Math.Round((await GcCommittedAsync(server.BaseUrl) - baselineCommitted) / 1024.0 / connections, 2);
        }

        var wall = Stopwatch.StartNew();
        var peakRss = 0L;
        var peakThreads = 0;
        foreach (var w in workers) w.WriteLine("GO");
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, server.Memory().Rss);
                peakThreads = Math.Max(peakThreads, server.Threads());
                try { await Task.Delay(500, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var gcInWindow = new Dictionary<string, double>();
        var cpuInWindow = o.Scenario == "density" ? Task.FromResult((TimeSpan.Zero, TimeSpan.FromSeconds(1))) : Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(o.Warmup));
            var (c0, w0, gc0) = (server.CpuTime(), wall.Elapsed, await GcMetricsAsync(server.BaseUrl));
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(o.Seconds, 0.1)));
            var (c1, w1, gc1) = (server.CpuTime(), wall.Elapsed, await GcMetricsAsync(server.BaseUrl));
            foreach (var (name, value) in gc1) gcInWindow[name] = Math.Round(value - gc0.GetValueOrDefault(name), 3);
            return (c1 - c0, w1 - w0);
        });
        var results = (await Task.WhenAll(workers.Select(w => w.ReadLineAsync("RESULT"))))
            .Select(line => JsonSerializer.Deserialize<WorkerResult>(line["RESULT ".Length..])!).ToList();
        var (cpu, window) = await cpuInWindow;
        sampling.Cancel();
        await sampler;
        var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        foreach (var w in workers) w.WriteLine("EXIT");
        foreach (var w in workers) await w.WaitAsync();

        Summarize(summary, results, o);
        if (o.Scenario != "density")
        {
            summary["serverCpuCores"] = Math.Round(cpu / window, 2);
            summary["serverRssPeakMiB"] = Math.Round(peakRss / 1024.0, 1);
            summary["serverRssIdleMiB"] = Math.Round(baseline.Rss / 1024.0, 1);
            summary["serverThreadsPeak"] = peakThreads;
            // The server's collections and their pauses in the measured window: a pause stalls every delivery behind it.
            summary["serverGcInWindow"] = gcInWindow;
        }
        summary["loadavg1"] = loadAverage;
        return summary;
    }

    private static async Task<Layout> SeedAsync(Seed seed, Options o)
    {
        await seed.OrganizationAsync();
        var chats = new List<(Chat, List<Guid>, List<Guid>, double)>();
        if (o.Scenario == "channel")
        {
            var admin = (await seed.PeopleAsync(1, OrganizationRole.Administrator))[0];
            var members = await seed.PeopleAsync(o.ChannelMembers, OrganizationRole.Student);
            var channel = seed.NewChat(ChatKind.Channel, "Информационный канал");
            await BulkInsert.InsertAsync(seed.Db, [channel]);
            await BulkInsert.InsertAsync(seed.Db, [seed.NewMember(channel, admin, admin: true, fromRoster: false),
                .. members.Select(m => seed.NewMember(channel, m, fromRoster: false))]);
            chats.Add((channel, [admin, .. members], [admin], 1000.0 / o.PostsPerSecond));
        }
        else
        {
            foreach (var (chat, members) in await seed.ClassChatsAsync(o.Classes, o.Members))
                chats.Add((chat, members, members, 1000.0));
        }
        var people = await seed.SessionsAsync(chats.SelectMany(c => c.Item2).Distinct().ToList());
        return new Layout(chats, people);
    }

    /// <summary>Whole chats per worker where they fit (classes); a big chat's members are split across workers.</summary>
    private static List<WorkerPlan> Plans(string url, Layout layout, Options o)
    {
        var total = layout.Chats.Sum(c => c.Members.Count);
        var count = Math.Max(1, (total + PerWorker - 1) / PerWorker);
        var plans = Enumerable.Range(0, count).Select(_ => new WorkerPlan(url, [], [], o.Scenario == "density" ? 0 : o.Seconds, o.Scenario == "density" ? 0 : o.Warmup)).ToList();
        var sending = o.Scenario != "density";
        for (var c = 0; c < layout.Chats.Count; c++)
        {
            var (chat, members, senders, period) = layout.Chats[c];
            var offset = period * c / layout.Chats.Count; // spread the chats' sends evenly over each period
            if (layout.Chats.Count >= count)
            {
                var plan = plans[c % count];
                var first = plan.Connections.Count;
                plan.Connections.AddRange(members.Select(m => new WorkerConnection(layout.People[m].Cookie, chat.Id)));
                if (sending) plan.Senders.Add(new WorkerSender(chat.Id, [.. senders.Select(s => first + members.IndexOf(s))], period, offset));
            }
            else
            {
                for (var i = 0; i < members.Count; i++)
                    plans[i % count].Connections.Add(new WorkerConnection(layout.People[members[i]].Cookie, chat.Id));
                // Senders are the first members (members[0..] land in worker 0 at positions 0, 1, …).
                if (sending) plans[0].Senders.Add(new WorkerSender(chat.Id, [.. senders.Select(s => members.IndexOf(s) / count)], period, offset));
            }
        }
        return plans;
    }

    private static void Summarize(Dictionary<string, object?> summary, List<WorkerResult> results, Options o)
    {
        var connectionsPerChat = results.SelectMany(r => r.Chats).GroupBy(c => c.ChatId).ToDictionary(g => g.Key, g => g.Sum(c => c.Connections));
        var receivedPerSeq = results.SelectMany(r => r.Chats)
            .SelectMany(c => c.BySeq.Select(s => (c.ChatId, Seq: s.Key, s.Value)))
            .GroupBy(x => (x.ChatId, x.Seq)).ToDictionary(g => g.Key, g => (long)g.Sum(x => x.Value));
        var acked = results.SelectMany(r => r.Acked).ToList();
        long expected = 0, lost = 0;
        foreach (var m in acked)
        {
            var want = connectionsPerChat.GetValueOrDefault(m.ChatId);
            expected += want;
            lost += Math.Max(0, want - receivedPerSeq.GetValueOrDefault((m.ChatId, m.Seq)));
        }
        var ackedKeys = acked.Select(m => (m.ChatId, m.Seq)).ToHashSet();
        var latency = Histogram.Percentiles(results.Select(r => r.Latency));
        var ack = Histogram.Percentiles(results.Select(r => r.AckLatency));
        summary["closedConnections"] = results.Sum(r => r.Closed);
        if (o.Scenario == "density") return;
        summary["sent"] = results.Sum(r => r.Sent);
        summary["acked"] = acked.Count;
        summary["sendErrors"] = results.Sum(r => r.SendErrors);
        summary["sendError"] = results.Select(r => r.SendError).FirstOrDefault(e => e is not null);
        summary["duplicateSeqsInAcks"] = acked.Count - ackedKeys.Count;
        summary["deliveries"] = results.Sum(r => r.Deliveries);
        summary["expectedDeliveries"] = expected;
        summary["lost"] = lost;
        summary["duplicatedBySeq"] = results.Sum(r => r.DuplicatesBySeq);
        summary["duplicatedByClientId"] = results.Sum(r => r.DuplicatesByClientId);
        summary["deliveriesOfUnackedSeqs"] = receivedPerSeq.Where(x => !ackedKeys.Contains(x.Key)).Sum(x => x.Value);
        summary["deliveriesPerSecond"] = Math.Round(results.Sum(r => r.Deliveries) / (o.Warmup + o.Seconds), 0);
        summary["sendsPerSecond"] = Math.Round(acked.Count / (o.Warmup + o.Seconds), 1);
        summary["p50ms"] = latency.P50;
        summary["p95ms"] = latency.P95;
        summary["p99ms"] = latency.P99;
        summary["maxms"] = latency.Max;
        summary["ackP50ms"] = ack.P50;
        summary["ackP99ms"] = ack.P99;
        summary["workerGcPauseMs"] = Math.Round(results.Max(r => r.GcPauseMs));
        var seconds = results.Max(r => r.AckMaxBySecond.Length);
        summary["ackMaxBySecondMs"] = string.Join(" ", Enumerable.Range(0, seconds).Select(i => Math.Round(results.Max(r => r.AckMaxBySecond.ElementAtOrDefault(i)))));
    }

    /// <summary>The server's managed heap (prometheus-net's dotnet_total_memory_bytes on /metrics).</summary>
    /// <summary>One figure from the server's /metrics (summed over its labels): the managed heap, the collector's committed memory.</summary>
    private static async Task<long> MetricAsync(string url, string name)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(url + "/metrics");
        return (long)text.Split('\n').Where(l => l.StartsWith(name + " ") || l.StartsWith(name + "{"))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    private static Task<long> ManagedHeapAsync(string url) => MetricAsync(url, "dotnet_total_memory_bytes");

    // Memory the collector holds from the system (live objects, free space it keeps, its bookkeeping): what of
    // the resident growth is the managed heap's, and what is native.
    private static Task<long> GcCommittedAsync(string url) => MetricAsync(url, "system_runtime_dotnet_gc_last_collection_memory_committed_size");

    /// <summary>The server's garbage-collection counters from /metrics (collections per generation, pause time where exported).</summary>
    private static async Task<Dictionary<string, double>> GcMetricsAsync(string url)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(url + "/metrics");
        return text.Split('\n')
            .Where(l => (l.StartsWith("dotnet_collection_count_total") || l.Contains("gc_pause")) && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .Where(p => p.Length == 2 && double.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
    }

    /// <summary>A worker process: this same program with the argument «worker &lt;plan file&gt;».</summary>
    private sealed class Worker
    {
        private readonly Process _process;
        private Worker(Process process) => _process = process;

        public static Worker Start(WorkerPlan plan)
        {
            var file = Path.Combine(Path.GetTempPath(), $"parta-bench-plan-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, JsonSerializer.Serialize(plan));
            var host = Path.Combine(AppContext.BaseDirectory, "Parta.Bench");
            var start = File.Exists(host) ? new ProcessStartInfo(host) : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Parta.Bench.dll") } };
            start.ArgumentList.Add("worker");
            start.ArgumentList.Add(file);
            start.RedirectStandardInput = true;
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            return new Worker(Process.Start(start)!);
        }

        public async Task<string> ReadLineAsync(string prefix)
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
                Console.Error.WriteLine("worker: " + line);
            }
            throw new InvalidOperationException($"Worker ended before {prefix} (exit code {(_process.HasExited ? _process.ExitCode : -1)})");
        }

        public void WriteLine(string line)
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }

        public async Task WaitAsync()
        {
            if (!await Task.Run(() => _process.WaitForExit(30_000))) _process.Kill(true);
            _process.Dispose();
        }
    }
}
