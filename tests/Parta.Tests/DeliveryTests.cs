using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// MSG-4 under faults (issue 18): once a message is stored it is announced, whatever happens to its sender's
/// connection, and every member receives a chat's messages in sequence order.
/// </summary>
public sealed class DeliveryTests(DeliveryFactory factory) : IClassFixture<DeliveryFactory>
{
    private static long Seq(JsonNode message) => message["seq"]!.GetValue<long>();

    [Fact]
    public async Task A_message_stored_as_its_senders_connection_drops_still_reaches_the_other_members_live()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var student = await HubClient.ConnectAsync(factory, family.Student);
        await using var parent = await HubClient.ConnectAsync(factory, family.Parent);
        await using var teacher = await HubClient.ConnectAsync(factory, family.Teacher);
        var clientId = Guid.NewGuid();

        factory.Cutter.CutAfterCommitOf(clientId);
        await Assert.ThrowsAnyAsync<Exception>(() => teacher.SendAsync(chatId, "Экскурсия переносится на пятницу", clientId));
        await teacher.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        foreach (var member in new[] { student, parent })
        {
            var message = (await member.WaitForAsync("Message")).Single();
            Assert.Equal(clientId, message["clientId"]!.GetValue<Guid>());
            Assert.Equal(1, Seq(message));
        }
        // The teacher's client sends again after reconnecting and is answered from the stored message.
        var retried = await family.Teacher.PostMessageAsync(family.School, chatId, "Экскурсия переносится на пятницу", clientId, HttpStatusCode.OK);
        Assert.Equal(1, Seq(retried));
    }

    [Fact]
    public async Task Messages_sent_at_once_by_several_people_reach_every_member_in_sequence_order_per_chat()
    {
        // Sends that arrive together are stored in one batch; each member must still receive a chat's messages
        // in number order, or a client that reconnects between two of them would sync past the one still to come.
        var family = await factory.ClassFamilyAsync();
        var everyone = await family.Setup.OpenClassChatAsync("everyone");
        var parents = await family.Setup.OpenClassChatAsync("parents");
        await using var student = await HubClient.ConnectAsync(factory, family.Student);
        await using var parent = await HubClient.ConnectAsync(factory, family.Parent);
        await using var teacher = await HubClient.ConnectAsync(factory, family.Teacher);
        const int perSenderAndChat = 40;

        var sends = new[] { family.Teacher, family.Parent }
            .SelectMany(sender => new[] { everyone, parents }.SelectMany(chat => Enumerable.Range(1, perSenderAndChat).Select(i => (Sender: sender, Chat: chat, Text: $"Сообщение {i}"))))
            .ToList();
        await Task.WhenAll(sends.Select(s => s.Sender.PostMessageAsync(family.School, s.Chat, s.Text)));

        var expected = new Dictionary<Guid, int> { [everyone] = 2 * perSenderAndChat, [parents] = 2 * perSenderAndChat };
        foreach (var (member, chats) in new[] { (student, new[] { everyone }), (parent, new[] { everyone, parents }), (teacher, new[] { everyone, parents }) })
        {
            var received = await member.WaitForAsync("Message", chats.Sum(c => expected[c]));
            foreach (var chat in chats)
            {
                var order = received.Where(m => m["chatId"]!.GetValue<Guid>() == chat).Select(Seq).ToList();
                Assert.Equal(Enumerable.Range(1, expected[chat]).Select(i => (long)i), order);
            }
        }
    }
}

/// <summary>A retried send (the same client id) is expected, not a failure: it leaves no error in the log.</summary>
public sealed class IdempotentRetryTests(DeliveryFactory factory) : IClassFixture<DeliveryFactory>
{
    [Fact]
    public async Task Retries_over_the_hub_and_http_alone_and_in_the_same_batch_log_no_error()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var hub = await HubClient.ConnectAsync(factory, family.Teacher);
        var before = factory.Errors.Entries.Count;

        var clientId = Guid.NewGuid();
        var first = await hub.SendAsync(chatId, "Родительское собрание в четверг", clientId);
        var again = await hub.SendAsync(chatId, "Родительское собрание в четверг", clientId);
        var overHttp = await family.Teacher.PostMessageAsync(family.School, chatId, "Родительское собрание в четверг", clientId, HttpStatusCode.OK);
        // Several copies of one send at once: they meet in one batch.
        var together = Guid.NewGuid();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            var response = await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/messages"), new { clientId = together, text = "Возьмите сменную обувь" });
            return (await ApiClient.ReadAsync(response, response.StatusCode))["seq"]!.GetValue<long>();
        }));

        Assert.Equal(first["seq"]!.GetValue<long>(), again["seq"]!.GetValue<long>());
        Assert.Equal(first["seq"]!.GetValue<long>(), overHttp["seq"]!.GetValue<long>());
        Assert.Single(answers.Distinct());
        Assert.Equal(2, (await family.Teacher.MessagesAsync(family.School, chatId))["messages"]!.AsArray().Count);
        Assert.Empty(factory.Errors.Entries.Skip(before));
    }
}
