using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-3 forwards: the copy says where it first came from, and travels like any sent message.</summary>
public sealed class ForwardTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_forward_keeps_its_original_source_through_a_second_forward_and_a_retry_is_stored_once()
    {
        var family = await factory.ClassFamilyAsync();
        var classChat = await family.Setup.OpenClassChatAsync("everyone");
        var classTitle = (await family.Teacher.ChatAsync(family.School, classChat))["title"]!.GetValue<string>();
        var original = await family.Student.PostMessageAsync(family.School, classChat, "Можно сдать проект в понедельник?");
        var groupChat = await GroupChatAsync(family, "Родители и классный руководитель", family.ParentId);
        await using var parentHub = await HubClient.ConnectAsync(factory, family.Parent);

        var clientId = Guid.NewGuid();
        var body = new { clientId, fromChatId = classChat, seq = original["seq"]!.GetValue<long>() };
        var forwarded = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{groupChat}/messages/forward"), body), HttpStatusCode.Created);
        var again = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{groupChat}/messages/forward"), body), HttpStatusCode.OK);
        Assert.Equal(forwarded["seq"]!.GetValue<long>(), again["seq"]!.GetValue<long>());
        Assert.Single((await family.Teacher.MessagesAsync(family.School, groupChat))["messages"]!.AsArray());

        Assert.Equal("Можно сдать проект в понедельник?", forwarded["text"]!.GetValue<string>());
        Assert.Equal(classTitle, forwarded["forwarded"]!["chat"]!.GetValue<string>());
        Assert.Equal("Козлов Миша", forwarded["forwarded"]!["sender"]!.GetValue<string>());
        // PostgreSQL keeps microseconds, so the stored moment may differ from the one answered at sending by < 1 µs.
        Assert.Equal(original["createdAt"]!.GetValue<DateTime>(), forwarded["forwarded"]!["sentAt"]!.GetValue<DateTime>(), TimeSpan.FromMilliseconds(1));
        var live = (await parentHub.WaitForAsync("Message"))[0];
        Assert.Equal("Козлов Миша", live["forwarded"]!["sender"]!.GetValue<string>());

        // The parent passes it on to a direct chat: the source is still the class chat and the student.
        var direct = (await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = await family.Teacher.AccountIdAsync() }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var second = await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(family.School.Org($"/chats/{direct}/messages/forward"),
            new { clientId = Guid.NewGuid(), fromChatId = groupChat, seq = forwarded["seq"]!.GetValue<long>() }), HttpStatusCode.Created);
        Assert.Equal(classTitle, second["forwarded"]!["chat"]!.GetValue<string>());
        Assert.Equal("Козлов Миша", second["forwarded"]!["sender"]!.GetValue<string>());

        // Out of a direct chat, the source is named after the other person.
        var reply = await family.Teacher.PostMessageAsync(family.School, direct, "Да, конечно");
        var fromDirect = await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(family.School.Org($"/chats/{groupChat}/messages/forward"),
            new { clientId = Guid.NewGuid(), fromChatId = direct, seq = reply["seq"]!.GetValue<long>() }), HttpStatusCode.Created);
        Assert.Equal((await family.Teacher.SessionAsync())["user"]!["fullName"]!.GetValue<string>(), fromDirect["forwarded"]!["chat"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_member_of_both_chats_forwards_a_message_they_can_see_and_a_poll_goes_as_its_question()
    {
        var family = await factory.ClassFamilyAsync();
        var classChat = await family.Setup.OpenClassChatAsync("everyone");
        var parentsOnly = await GroupChatAsync(family, "Только родители", family.ParentId);
        var secret = await family.Teacher.PostMessageAsync(family.School, parentsOnly, "Сюрприз для детей");
        var forward = family.School.Org($"/chats/{classChat}/messages/forward");

        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(forward, new { clientId = Guid.NewGuid(), fromChatId = parentsOnly, seq = secret["seq"]!.GetValue<long>() }),
            HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{parentsOnly}/messages/forward"),
            new { clientId = Guid.NewGuid(), fromChatId = classChat, seq = 1 }), HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await family.Parent.PostJsonAsync(forward, new { clientId = Guid.NewGuid(), fromChatId = parentsOnly, seq = 999 }),
            HttpStatusCode.NotFound, "message_not_found");
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{parentsOnly}/messages/{secret["seq"]}")), HttpStatusCode.OK);
        await ApiClient.ProblemAsync(await family.Parent.PostJsonAsync(forward, new { clientId = Guid.NewGuid(), fromChatId = parentsOnly, seq = secret["seq"]!.GetValue<long>() }),
            HttpStatusCode.NotFound, "message_not_found");

        // A chat where only admins write refuses forwards from others, as it refuses their messages.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, family.School.Org($"/chats/{parentsOnly}"),
            System.Net.Http.Json.JsonContent.Create(new { whoMayWrite = "admins" })), HttpStatusCode.NoContent);
        var fromClass = await family.Student.PostMessageAsync(family.School, classChat, "Всем привет");
        var noClientId = await ApiClient.ProblemAsync(await family.Parent.PostJsonAsync(forward, new { fromChatId = classChat, seq = fromClass["seq"]!.GetValue<long>() }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(noClientId["errors"]!["clientId"]);
        await ApiClient.ProblemAsync(await family.Parent.PostJsonAsync(family.School.Org($"/chats/{parentsOnly}/messages/forward"),
            new { clientId = Guid.NewGuid(), fromChatId = classChat, seq = fromClass["seq"]!.GetValue<long>() }), HttpStatusCode.Forbidden, "chat_read_only");

        var poll = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{classChat}/polls"),
            new { clientId = Guid.NewGuid(), question = "Куда поедем на экскурсию?", options = new[] { "Музей", "Театр" } }), HttpStatusCode.Created);
        var forwardedPoll = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{parentsOnly}/messages/forward"),
            new { clientId = Guid.NewGuid(), fromChatId = classChat, seq = poll["seq"]!.GetValue<long>() }), HttpStatusCode.Created);
        Assert.Equal("Куда поедем на экскурсию?", forwardedPoll["text"]!.GetValue<string>());
        Assert.Null(forwardedPoll["poll"]);
    }

    private static async Task<Guid> GroupChatAsync(ClassFamily family, string title, params Guid[] memberIds) =>
        (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/group"), new { title, memberIds }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
}
