using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Parta.Tests.Harness;

/// <summary>
/// A class writing steadily while the test breaks things: the class teacher and some students in the class's
/// students chat, the teacher and half of them also in a group chat; each person a <see cref="RetryingMember"/>
/// sending every <c>period</c>. Afterwards <see cref="AssertDeliveredAsync"/> checks the delivery promise (MSG-4)
/// against the database.
/// </summary>
public sealed class ClassUnderLoad : IAsyncDisposable
{
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _giveUp = new();

    public IReadOnlyList<RetryingMember> Members { get; }
    public IReadOnlyList<Guid> ChatIds { get; }

    private ClassUnderLoad(IReadOnlyList<RetryingMember> members, IReadOnlyList<Guid> chatIds) => (Members, ChatIds) = (members, chatIds);

    /// <summary>What the database holds of the class's chats: (chat, number) → message id and client id.</summary>
    public async Task<Dictionary<(Guid ChatId, long Seq), (Guid Id, Guid ClientId)>> StoredAsync(IPartaServer server)
    {
        var stored = new Dictionary<(Guid, long), (Guid, Guid)>();
        await server.WithDbAsync(async db =>
        {
            foreach (var m in await db.Messages.AsNoTracking().Where(m => ChatIds.Contains(m.ChatId)).Select(m => new { m.ChatId, m.Seq, m.Id, m.ClientId }).ToListAsync())
                stored[(m.ChatId, m.Seq)] = (m.Id, m.ClientId);
        });
        return stored;
    }

    /// <param name="nodeOf">Which node the n-th person connects to (node A unless given).</param>
    public static async Task<ClassUnderLoad> SetUpAsync(PartaCluster cluster, int students = 4, Func<int, ServerProcess>? nodeOf = null)
    {
        nodeOf ??= _ => cluster.A;
        var setup = await cluster.ClassWithTeacherAsync();
        var link = await setup.ClassLinkAsync("classStudents");
        var people = new List<(string Name, ApiClient Browser)> { ("Учитель", setup.ClassTeacher.Client) };
        for (var i = 1; i <= students; i++) people.Add(($"Ученик {i}", (await cluster.JoinByLinkAsync(link, $"Ученик Номер{i}")).Client));
        var classChat = await setup.OpenClassChatAsync("students");
        var grouped = people.Skip(1).Take(students / 2).ToList();
        var groupIds = new List<Guid>();
        foreach (var (_, browser) in grouped) groupIds.Add(await browser.AccountIdAsync());
        var group = (await ApiClient.ReadAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org("/chats/group"),
            new { title = "Олимпиада", memberIds = groupIds }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var members = people.Select((person, i) => new RetryingMember(person.Name, nodeOf(i), person.Browser,
            i == 0 || grouped.Contains(person) ? [classChat, group] : [classChat])).ToList();
        return new ClassUnderLoad(members, [classChat, group]);
    }

    /// <summary>Every person connects and starts sending, one message each <paramref name="period"/>.</summary>
    public async Task StartAsync(TimeSpan period)
    {
        foreach (var member in Members)
            if (!await member.ConnectAsync()) throw new InvalidOperationException($"{member.Name} could not connect.");
        foreach (var member in Members) _running.Add(Task.Run(() => member.RunAsync(period, _stop.Token, _giveUp.Token)));
    }

    public int AcknowledgedCount => Members.Sum(m => m.Acknowledgements.Count);

    /// <summary>Waits until <paramref name="more"/> further sends have been acknowledged: the load is flowing.</summary>
    public async Task WaitForAcknowledgementsAsync(int more, TimeSpan limit, Func<string>? diagnostics = null)
    {
        var target = AcknowledgedCount + more;
        var deadline = DateTime.UtcNow + limit;
        while (AcknowledgedCount < target)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {AcknowledgedCount} of {target} sends acknowledged in {limit.TotalSeconds} s.\n{Report()}\n{diagnostics?.Invoke()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops sending; each person finishes the send in hand (sending it again until answered).</summary>
    public async Task StopAsync(TimeSpan limit)
    {
        await _stop.CancelAsync();
        var all = Task.WhenAll(_running);
        if (await Task.WhenAny(all, Task.Delay(limit)) != all)
        {
            await _giveUp.CancelAsync();
            throw new TimeoutException($"The senders did not finish within {limit.TotalSeconds} s.\n{Report()}");
        }
        await all;
        // A person whose connection went with the last send reconnects, as a browser does, and syncs.
        foreach (var member in Members)
            if (!member.Connected && !await member.ConnectAsync()) throw new InvalidOperationException($"{member.Name} could not reconnect at the end.");
    }

    /// <summary>
    /// The delivery promise, checked against the database: each chat numbered 1…n without a gap; every stored
    /// message acknowledged to its sender exactly once with the number it is stored under (retries and repeats
    /// included); and every person holding every message of their chats — live or by sync, with no final
    /// sync to paper over a missed event — within <paramref name="converge"/>.
    /// </summary>
    public async Task AssertDeliveredAsync(IPartaServer server, TimeSpan converge)
    {
        var stored = new List<(Guid ChatId, long Seq, Guid Id, Guid ClientId)>();
        var lastSeq = new Dictionary<Guid, long>();
        await server.WithDbAsync(async db =>
        {
            stored = (await db.Messages.AsNoTracking().Where(m => ChatIds.Contains(m.ChatId)).Select(m => new { m.ChatId, m.Seq, m.Id, m.ClientId }).ToListAsync())
                .Select(m => (m.ChatId, m.Seq, m.Id, m.ClientId)).ToList();
            lastSeq = await db.Chats.AsNoTracking().Where(c => ChatIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LastSeq);
        });
        foreach (var chatId in ChatIds)
        {
            var seqs = stored.Where(m => m.ChatId == chatId).Select(m => m.Seq).Order().ToList();
            Assert.True(seqs.SequenceEqual(Enumerable.Range(1, seqs.Count).Select(n => (long)n)),
                $"Chat {chatId} has a gap or a repeated number: {Ranges(seqs)}");
            Assert.Equal(seqs.Count, lastSeq[chatId]);
        }

        var acknowledged = Members.SelectMany(m => m.Acknowledgements).ToList();
        var byClientId = stored.ToLookup(m => m.ClientId);
        foreach (var ack in acknowledged)
        {
            var rows = byClientId[ack.ClientId].ToList();
            Assert.True(rows.Count == 1, $"Acknowledged message {ack.ClientId} is stored {rows.Count} times.");
            Assert.True((rows[0].ChatId, rows[0].Seq, rows[0].Id) == (ack.ChatId, ack.Seq, ack.MessageId),
                $"Message {ack.ClientId} was acknowledged as #{ack.Seq} after {ack.Attempts} attempt(s) but is stored as #{rows[0].Seq}.");
        }
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.ClientId).Distinct().Count());
        var neverAcknowledged = stored.Select(m => m.ClientId).Except(acknowledged.Select(a => a.ClientId)).ToList();
        Assert.True(neverAcknowledged.Count == 0, $"{neverAcknowledged.Count} stored messages were never acknowledged to their senders.");
        foreach (var (first, again) in Members.SelectMany(m => m.Repeats))
            Assert.True(first.Seq == again, $"Sent again, message {first.ClientId} came back as #{again}, first acknowledged as #{first.Seq}.");

        var expected = ChatIds.ToDictionary(c => c, c => stored.Where(m => m.ChatId == c).ToDictionary(m => m.Seq, m => m.Id));
        var deadline = DateTime.UtcNow + converge;
        while (Missing(expected) is { Length: > 0 } missing)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not every person converged to the full history within {converge.TotalSeconds} s:\n{missing}\n{Report()}");
            await Task.Delay(50);
        }
    }

    private string Missing(Dictionary<Guid, Dictionary<long, Guid>> expected)
    {
        var report = new StringBuilder();
        foreach (var member in Members)
            foreach (var chatId in member.Chats)
            {
                var known = member.Known(chatId);
                var missing = expected[chatId].Where(m => !known.TryGetValue(m.Key, out var id) || id != m.Value).Select(m => m.Key).Order().ToList();
                if (missing.Count > 0) report.AppendLine($"  {member.Name} lacks {missing.Count} of chat {ChatIds.ToList().IndexOf(chatId)}: {Ranges(missing)}");
            }
        return report.ToString();
    }

    /// <summary>One line per person: what they sent, retried, lost and saw refused.</summary>
    public string Report() => string.Join("\n", Members.Select(m =>
        $"  {m.Name}: {m.Acknowledgements.Count} acknowledged ({m.Acknowledgements.Count(a => a.Attempts > 1)} after a retry), " +
        $"{m.Unanswered} unanswered, {m.Reconnects} connections, {m.Repeats.Count} repeats, {m.Unavailable.Count} told database_unavailable, {m.ServerErrors.Count} refused" +
        (m.ServerErrors.Count > 0 ? $": {string.Join(" | ", m.ServerErrors.Take(3))}" : "")));

    private static string Ranges(IReadOnlyList<long> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            parts.Add(i == j ? $"{numbers[i]}" : $"{numbers[i]}–{numbers[j]}");
            i = j + 1;
        }
        return parts.Count > 12 ? string.Join(", ", parts.Take(12)) + $" … ({parts.Count} runs)" : string.Join(", ", parts);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _giveUp.CancelAsync();
        try { await Task.WhenAll(_running); } catch (Exception) { }
        foreach (var member in Members) await member.DisposeAsync();
        _stop.Dispose();
        _giveUp.Dispose();
    }
}
