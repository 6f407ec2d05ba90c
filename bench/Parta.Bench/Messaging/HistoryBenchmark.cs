using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Parta.Data.Entities;

namespace Parta.Bench.Messaging;

/// <summary>
/// history: one chat with a million messages (the newest page, and pages around random points in the middle)
/// and the chat list of a member of 200 chats (unread counts and last messages), over real HTTP.
/// </summary>
public static class HistoryBenchmark
{
    public static async Task RunAsync(int messages, int chats, int requests, double warmupSeconds, int runs, string postgres)
    {
        var rows = new List<Dictionary<string, object?>>();
        for (var run = 1; run <= runs; run++)
        {
            var row = await RunOnceAsync(messages, chats, requests, warmupSeconds, postgres);
            row["run"] = run;
            rows.Add(row);
            Console.WriteLine(JsonSerializer.Serialize(row));
        }
        Console.WriteLine();
        Console.WriteLine($"history on {(postgres.Length > 0 ? "PostgreSQL" : "SQLite")}, {runs} run(s):");
        foreach (var key in rows[0].Keys.Where(k => rows[0][k] is double or int or long))
        {
            var values = rows.Select(r => Convert.ToDouble(r[key], CultureInfo.InvariantCulture)).ToList();
            Console.WriteLine($"  {key,-28} {string.Join(" / ", values.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}   (range {values.Min():0.##}–{values.Max():0.##})");
        }
    }

    private static async Task<Dictionary<string, object?>> RunOnceAsync(int messageCount, int chatCount, int requests, double warmupSeconds, string postgres)
    {
        await using var installation = new BenchInstallation("history", postgres);
        var database = installation.Database;
        var row = new Dictionary<string, object?> { ["database"] = installation.DatabaseName };
        var watch = Stopwatch.StartNew();
        Guid organizationId, bigChat;
        SeededPerson reader;
        await using (var seed = new Seed(installation.Server.Arguments()))
        {
            await seed.OrganizationAsync();
            organizationId = seed.OrganizationId;
            var people = await seed.PeopleAsync(3, OrganizationRole.Teacher);
            var chats = Enumerable.Range(0, chatCount).Select(i => seed.NewChat(ChatKind.Group, $"Группа {i + 1}")).ToList();
            bigChat = chats[0].Id;
            var start = DateTime.UtcNow.AddDays(-400);
            var random = new Random(42);
            var chatMembers = new List<ChatMember>();
            for (var c = 0; c < chats.Count; c++)
            {
                chats[c].LastSeq = c == 0 ? messageCount : 20;
                chats[c].LastMessageAt = start.AddSeconds(chats[c].LastSeq * 30 + c);
            }
            await BulkInsert.InsertAsync(seed.Db, chats); // before their messages (foreign key)
            for (var c = 0; c < chats.Count; c++)
            {
                var chat = chats[c];
                var count = (int)chat.LastSeq;
                var messages = new List<Message>(Math.Min(count, 100_000));
                for (var seq = 1; seq <= count; seq++)
                {
                    messages.Add(new Message
                    {
                        Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chat.Id, Seq = seq, SenderId = people[seq % 3],
                        ClientId = Guid.NewGuid(), Text = $"Сообщение {seq}: домашнее задание на завтра — параграф {seq % 40 + 1}, упражнения {seq % 300}.",
                        ReplyToSeq = seq > 10 && seq % 7 == 0 ? seq - 3 : null, CreatedAt = start.AddSeconds(seq * 30 + c),
                    });
                    if (messages.Count == 100_000)
                    {
                        await BulkInsert.InsertAsync(seed.Db, messages);
                        messages.Clear();
                    }
                }
                await BulkInsert.InsertAsync(seed.Db, messages);
                chatMembers.Add(seed.NewMember(chat, people[0], fromRoster: false, readSeq: Math.Max(0, count - random.Next(0, 20))));
                chatMembers.AddRange(people.Skip(1).Select(p => seed.NewMember(chat, p, fromRoster: false, readSeq: count)));
            }
            await BulkInsert.InsertAsync(seed.Db, chatMembers);
            reader = (await seed.SessionsAsync([people[0]]))[people[0]];
            if (postgres.Length > 0)
            {
                // Fresh statistics, as autovacuum would have gathered them on a chat that grew over months.
                await using var analyze = new NpgsqlConnection(database);
                await analyze.OpenAsync();
                await new NpgsqlCommand("ANALYZE", analyze).ExecuteNonQueryAsync();
            }
        }
        row["seedSeconds"] = Math.Round(watch.Elapsed.TotalSeconds, 1);

        await using var server = await ServerProcess.StartAsync(installation.Server);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        http.DefaultRequestHeaders.Add("Cookie", reader.Cookie);
        var random2 = new Random(7);
        var basePath = $"/api/organizations/{organizationId}";
        Func<string> newest = () => $"{basePath}/chats/{bigChat}/messages";
        Func<string> around = () => $"{basePath}/chats/{bigChat}/messages?around={random2.Next(1, messageCount)}";
        Func<string> chatList = () => $"{basePath}/chats";
        // Warm-up: all three requests in turn for a while. A fresh server runs its first thousands of requests
        // in unoptimised (tier-0) code and compiles the hot path in the background; 20 requests each, as before,
        // measured that compilation (p50 8 ms, against 4.8 ms once it is done), not a server at work.
        var warmup = Stopwatch.StartNew();
        row["warmupRequests"] = 0;
        for (var i = 0; warmup.Elapsed.TotalSeconds < warmupSeconds; i++)
        {
            foreach (var url in new[] { newest, around, chatList }) await GetAsync(http, url());
            row["warmupRequests"] = 3 * (i + 1);
        }
        async Task<double[]> MeasureAsync(Func<string> url)
        {
            var times = new double[requests];
            for (var i = 0; i < requests; i++)
            {
                var u = url();
                var t = Stopwatch.GetTimestamp();
                await GetAsync(http, u);
                times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            Array.Sort(times);
            return times;
        }
        void Put(string name, double[] t)
        {
            row[name + "P50ms"] = Math.Round(t[(int)(0.50 * (t.Length - 1))], 2);
            row[name + "P95ms"] = Math.Round(t[(int)Math.Ceiling(0.95 * (t.Length - 1))], 2);
            row[name + "P99ms"] = Math.Round(t[(int)Math.Ceiling(0.99 * (t.Length - 1))], 2);
        }
        Put("newest", await MeasureAsync(newest));
        Put("around", await MeasureAsync(around));
        Put("chatList", await MeasureAsync(chatList));
        var list = JsonDocument.Parse(await GetAsync(http, $"{basePath}/chats")).RootElement;
        row["chatsListed"] = list.GetArrayLength();
        row["unreadTotal"] = list.EnumerateArray().Sum(c => c.GetProperty("unread").GetInt64());
        row["loadavg1"] = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        return row;
    }

    private static async Task<string> GetAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {body}");
        return body;
    }
}
