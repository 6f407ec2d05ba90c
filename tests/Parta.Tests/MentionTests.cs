using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-3 «@»: members named in a message are told live, and their chat counts the mentions they have not read.</summary>
public sealed class MentionTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_mentioned_member_receives_it_live_sees_the_count_until_they_read_and_an_edit_names_anew()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);
        var messages = family.School.Org($"/chats/{chatId}/messages");

        var sent = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(messages,
            new { clientId = Guid.NewGuid(), text = "@Козлов Миша, принеси дневник", mentions = new[] { family.StudentId } }), HttpStatusCode.Created);
        var mention = Assert.Single(sent["mentions"]!.AsArray())!;
        Assert.Equal(family.StudentId, mention["accountId"]!.GetValue<Guid>());
        Assert.Equal("Козлов Миша", mention["name"]!.GetValue<string>());
        var live = (await studentHub.WaitForAsync("Message"))[0];
        Assert.Equal(family.StudentId, live["mentions"]![0]!["accountId"]!.GetValue<Guid>());
        await family.Teacher.PostMessageAsync(family.School, chatId, "Всем хорошего дня");

        Assert.Equal(1, (await family.Student.ChatAsync(family.School, chatId))["unreadMentions"]!.GetValue<int>());
        Assert.Equal(0, (await family.Parent.ChatAsync(family.School, chatId))["unreadMentions"]!.GetValue<int>());
        await ApiClient.ReadAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{chatId}/read"), new { seq = sent["seq"]!.GetValue<long>() }),
            HttpStatusCode.NoContent);
        Assert.Equal(0, (await family.Student.ChatAsync(family.School, chatId))["unreadMentions"]!.GetValue<int>());

        // The teacher meant the parent: the edit names them instead, and only they count it.
        var edited = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, $"{messages}/{sent["seq"]}",
            System.Net.Http.Json.JsonContent.Create(new { text = "@Козлова Анна Петровна, подпишите дневник", mentions = new[] { family.ParentId } })), HttpStatusCode.OK);
        Assert.Equal(family.ParentId, Assert.Single(edited["mentions"]!.AsArray())!["accountId"]!.GetValue<Guid>());
        Assert.Equal(1, (await family.Parent.ChatAsync(family.School, chatId))["unreadMentions"]!.GetValue<int>());
        // An edit that leaves mentions out keeps them.
        var kept = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, $"{messages}/{sent["seq"]}",
            System.Net.Http.Json.JsonContent.Create(new { text = "@Козлова Анна Петровна, подпишите, пожалуйста, дневник" })), HttpStatusCode.OK);
        Assert.Single(kept["mentions"]!.AsArray());
        // A deleted message no longer counts.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, $"{messages}/{sent["seq"]}"), HttpStatusCode.OK);
        Assert.Equal(0, (await family.Parent.ChatAsync(family.School, chatId))["unreadMentions"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_members_of_the_chat_can_be_mentioned_and_not_too_many()
    {
        var family = await factory.ClassFamilyAsync();
        var studentsChat = await family.Setup.OpenClassChatAsync("students");
        var messages = family.School.Org($"/chats/{studentsChat}/messages");

        var outsider = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(messages,
            new { clientId = Guid.NewGuid(), text = "@Козлова Анна Петровна", mentions = new[] { family.ParentId } }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(outsider["errors"]!["mentions"]);
        var crowd = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(messages,
            new { clientId = Guid.NewGuid(), text = "Всем!", mentions = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()).ToArray() }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(crowd["errors"]!["mentions"]);
        await using var hub = await HubClient.ConnectAsync(factory, family.Teacher);
        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.InvokeAsync("Send", studentsChat,
            new { clientId = Guid.NewGuid(), text = "@Родитель", mentions = new[] { family.ParentId } }));
        Assert.Contains("validation_failed: Упомянуть можно только участников этого чата", refused.Message);
        Assert.Empty((await family.Teacher.MessagesAsync(family.School, studentsChat))["messages"]!.AsArray());
    }
}
