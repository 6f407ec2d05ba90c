using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Parta.Bench.Messaging;

public sealed record WorkerConnection(string Cookie, Guid ChatId);

/// <summary>Sends one message every <see cref="PeriodMs"/> into a chat, taking turns among the given connections.</summary>
public sealed record WorkerSender(Guid ChatId, int[] Connections, double PeriodMs, double OffsetMs);

/// <summary>Sends run for <see cref="WarmupSeconds"/> + <see cref="DurationSeconds"/>; latencies count only for messages sent after the warm-up (JIT, pools).</summary>
public sealed record WorkerPlan(string Url, List<WorkerConnection> Connections, List<WorkerSender> Senders, double DurationSeconds, double WarmupSeconds);

public sealed record ChatDeliveries(Guid ChatId, int Connections, Dictionary<long, int> BySeq);

public sealed record SentMessage(Guid ChatId, long Seq, Guid ClientId);

public sealed class WorkerResult
{
    public int Connected { get; set; }
    public int ConnectFailed { get; set; }
    public string? ConnectError { get; set; }
    public double ConnectSeconds { get; set; }
    public long Sent { get; set; }
    public long SendErrors { get; set; }
    public string? SendError { get; set; }
    public long Deliveries { get; set; }
    public long DuplicatesBySeq { get; set; }
    public long DuplicatesByClientId { get; set; }
    public long Closed { get; set; }
    public Dictionary<int, long> Latency { get; set; } = [];
    public Dictionary<int, long> AckLatency { get; set; } = [];
    /// <summary>The slowest acknowledgement of the sends due in each second of the run: shows whether a tail is a burst or steady.</summary>
    public double[] AckMaxBySecond { get; set; } = [];
    /// <summary>The worker's own garbage-collection pauses: a receive stalled by one inflates the latencies it reports.</summary>
    public double GcPauseMs { get; set; }
    public List<ChatDeliveries> Chats { get; set; } = [];
    public List<SentMessage> Acked { get; set; } = [];
}

/// <summary>
/// One load-generator process (the bench runs several: a process may hold at most ~19,000 sockets). It opens
/// authenticated WebSocket SignalR connections, says READY, waits for GO on stdin, sends on schedule, checks
/// every delivery by (chat, seq) and by clientId, and prints one RESULT line of JSON; EXIT ends it.
/// Send→deliver latency uses the send time written into the message text (all processes share one clock).
/// </summary>
public static class LoadWorker
{
    private sealed class Live(int index, WorkerConnection plan)
    {
        public int Index { get; } = index;
        public WorkerConnection Plan { get; } = plan;
        public RawHubConnection? Hub { get; set; }
        public HashSet<(Guid, long)> Seqs { get; } = [];
        public HashSet<Guid> ClientIds { get; } = [];
    }

    public static async Task<int> RunAsync(string planFile)
    {
        var plan = JsonSerializer.Deserialize<WorkerPlan>(await File.ReadAllTextAsync(planFile))!;
        var result = new WorkerResult();
        var latency = new Histogram();
        var ackLatency = new Histogram();
        var bySeq = new ConcurrentDictionary<(Guid Chat, long Seq), int>();
        long deliveries = 0, dupSeq = 0, dupClient = 0, closed = 0, sent = 0, sendErrors = 0;
        var acked = new ConcurrentBag<SentMessage>();
        var measureFrom = long.MaxValue;
        var lives = plan.Connections.Select((c, i) => new Live(i, c)).ToArray();

        var connectWatch = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(32);
        var failed = 0;
        await Task.WhenAll(lives.Select(async live =>
        {
            await gate.WaitAsync();
            try
            {
                void OnMessage(Delivered m)
                {
                    var now = DateTime.UtcNow.Ticks;
                    Interlocked.Increment(ref deliveries);
                    bool newSeq, newClient;
                    lock (live)
                    {
                        newSeq = live.Seqs.Add((m.ChatId, m.Seq));
                        newClient = live.ClientIds.Add(m.ClientId);
                    }
                    if (!newSeq) Interlocked.Increment(ref dupSeq);
                    if (!newClient) Interlocked.Increment(ref dupClient);
                    if (newSeq) bySeq.AddOrUpdate((m.ChatId, m.Seq), 1, (_, n) => n + 1);
                    if (m.SentAtTicks > 0 && m.SentAtTicks >= measureFrom) latency.Add((now - m.SentAtTicks) / 10_000.0);
                }
                var hub = await RawHubConnection.ConnectAsync(plan.Url, live.Plan.Cookie, OnMessage, () => Interlocked.Increment(ref closed));
                live.Hub = hub;
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref failed);
                result.ConnectError ??= e.GetType().Name + ": " + e.Message;
            }
            finally
            {
                gate.Release();
            }
        }));
        result.ConnectSeconds = connectWatch.Elapsed.TotalSeconds;
        result.Connected = lives.Count(l => l.Hub is not null);
        result.ConnectFailed = failed;
        Console.WriteLine($"READY {result.Connected} {failed} {result.ConnectSeconds:F1}");

        // The server closes a connection it has heard nothing from for 30 s; idle ones say so every 10 s.
        using var stopPinging = new CancellationTokenSource();
        var pinging = Task.Run(async () =>
        {
            while (!stopPinging.IsCancellationRequested)
            {
                try { await Task.Delay(TimeSpan.FromSeconds(10), stopPinging.Token); } catch (OperationCanceledException) { return; }
                foreach (var live in lives)
                    if (live.Hub is { } hub)
                        try { await hub.PingAsync(); } catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException) { }
            }
        });

        if (Console.ReadLine() != "GO") return 1;
        var durationMs = (plan.WarmupSeconds + plan.DurationSeconds) * 1000;
        measureFrom = DateTime.UtcNow.AddSeconds(plan.WarmupSeconds).Ticks;
        var clock = Stopwatch.StartNew();
        var ackMaxBySecond = new double[(int)Math.Ceiling(durationMs / 1000) + 1];
        var pending = new ConcurrentDictionary<Task, byte>();
        async Task SendOneAsync(WorkerSender sender, int k)
        {
            var live = lives[sender.Connections[k % sender.Connections.Length]];
            if (live.Hub is null) return;
            var clientId = Guid.NewGuid();
            var started = Stopwatch.GetTimestamp();
            try
            {
                Interlocked.Increment(ref sent);
                var text = $"bench {DateTime.UtcNow.Ticks} сообщение {k} в классе";
                var stored = await live.Hub.SendMessageAsync(sender.ChatId, clientId, text);
                var due = k * sender.PeriodMs + sender.OffsetMs;
                var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (due >= plan.WarmupSeconds * 1000) ackLatency.Add(took);
                lock (ackMaxBySecond) ackMaxBySecond[(int)(due / 1000)] = Math.Max(ackMaxBySecond[(int)(due / 1000)], took);
                acked.Add(new SentMessage(stored.ChatId, stored.Seq, stored.ClientId));
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref sendErrors);
                result.SendError ??= e.GetType().Name + ": " + e.Message;
            }
        }
        await Task.WhenAll(plan.Senders.Select(async sender =>
        {
            for (var k = 0; ; k++)
            {
                var due = sender.OffsetMs + k * sender.PeriodMs;
                if (due >= durationMs) break;
                var wait = due - clock.Elapsed.TotalMilliseconds;
                if (wait > 1) await Task.Delay(TimeSpan.FromMilliseconds(wait));
                var task = SendOneAsync(sender, k);
                pending[task] = 0;
                _ = task.ContinueWith(t => pending.TryRemove(t, out _), TaskScheduler.Default);
            }
        }));
        // A worker without senders (the members of a big chat split across workers) still listens for the whole run.
        var left = durationMs - clock.Elapsed.TotalMilliseconds;
        if (left > 0) await Task.Delay(TimeSpan.FromMilliseconds(left));
        // Every answer, then deliveries until they stop arriving (2 s of quiet, at most 60 s).
        await Task.WhenAny(Task.WhenAll(pending.Keys), Task.Delay(TimeSpan.FromMinutes(2)));
        var quietSince = Stopwatch.StartNew();
        var last = Interlocked.Read(ref deliveries);
        var drain = Stopwatch.StartNew();
        while (durationMs > 0 && quietSince.Elapsed < TimeSpan.FromSeconds(2) && drain.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
            var now = Interlocked.Read(ref deliveries);
            if (now != last) quietSince.Restart();
            last = now;
        }

        result.Sent = sent;
        result.SendErrors = sendErrors;
        result.Deliveries = deliveries;
        result.DuplicatesBySeq = dupSeq;
        result.DuplicatesByClientId = dupClient;
        result.Closed = closed;
        result.Latency = latency.Buckets();
        result.AckLatency = ackLatency.Buckets();
        result.AckMaxBySecond = ackMaxBySecond;
        result.Acked = [.. acked];
        var connectionsPerChat = lives.Where(l => l.Hub is not null).GroupBy(l => l.Plan.ChatId).ToDictionary(g => g.Key, g => g.Count());
        result.Chats = connectionsPerChat.Select(c => new ChatDeliveries(c.Key, c.Value,
            bySeq.Where(x => x.Key.Chat == c.Key).ToDictionary(x => x.Key.Seq, x => x.Value))).ToList();
        result.GcPauseMs = GC.GetTotalPauseDuration().TotalMilliseconds;
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        Console.ReadLine(); // EXIT: the parent has read what it needs (memory is measured while we are still connected).
        stopPinging.Cancel();
        await pinging;
        return 0;
    }
}

/// <summary>Latencies in 0.1 ms buckets (up to 10 min), merged across processes by adding counts.</summary>
public sealed class Histogram
{
    private const double Width = 0.1;
    private readonly long[] _counts = new long[6_000_000];

    public void Add(double ms) => Interlocked.Increment(ref _counts[Math.Clamp((int)(ms / Width), 0, _counts.Length - 1)]);

    public Dictionary<int, long> Buckets()
    {
        var result = new Dictionary<int, long>();
        for (var i = 0; i < _counts.Length; i++) if (_counts[i] > 0) result[i] = _counts[i];
        return result;
    }

    public static (long Count, double P50, double P95, double P99, double Max) Percentiles(IEnumerable<Dictionary<int, long>> parts)
    {
        var merged = new SortedDictionary<int, long>();
        foreach (var part in parts)
            foreach (var (bucket, count) in part) merged[bucket] = merged.GetValueOrDefault(bucket) + count;
        var total = merged.Values.Sum();
        if (total == 0) return (0, double.NaN, double.NaN, double.NaN, double.NaN);
        double At(double q)
        {
            var rank = (long)Math.Ceiling(q * total);
            long seen = 0;
            foreach (var (bucket, count) in merged)
            {
                seen += count;
                if (seen >= rank) return (bucket + 1) * Width; // upper edge of the bucket
            }
            return merged.Keys.Last() * Width;
        }
        return (total, At(0.50), At(0.95), At(0.99), (merged.Keys.Last() + 1) * Width);
    }
}
