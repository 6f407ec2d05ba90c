using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-3 reactions and pins, and acknowledgement requests («требует ознакомления»), in a class chat.</summary>
public sealed class MessageMarksTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static long Seq(JsonNode message) => message["seq"]!.GetValue<long>();

    [Fact]
    public async Task Each_member_has_one_reaction_that_everyone_sees_change_at_once()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var seq = Seq(await family.Teacher.PostMessageAsync(family.School, chatId, "Спасибо всем за субботник!"));
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        var reaction = family.School.Org($"/chats/{chatId}/messages/{seq}/reaction");

        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = "👍" })), HttpStatusCode.OK);
        await ApiClient.ReadAsync(await family.Parent.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = "👍" })), HttpStatusCode.OK);
        var changed = (await teacherHub.WaitForAsync("MessageChanged", 2))[1];
        Assert.Equal("👍", changed["reactions"]![0]!["emoji"]!.GetValue<string>());
        Assert.Equal(2, changed["reactions"]![0]!["count"]!.GetValue<int>());

        // Changing the reaction replaces it; null takes it back.
        var replaced = await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = "❤️" })), HttpStatusCode.OK);
        Assert.Equal(2, replaced["reactions"]!.AsArray().Count);
        var page = await family.Student.MessagesAsync(family.School, chatId);
        Assert.Equal("❤️", page["myReactions"]!.AsArray().Single()!["emoji"]!.GetValue<string>());
        var cleared = await ApiClient.ReadAsync(await family.Parent.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = (string?)null })), HttpStatusCode.OK);
        Assert.Equal("❤️", cleared["reactions"]!.AsArray().Single()!["emoji"]!.GetValue<string>());

        var refused = await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = "<b>" })), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["emoji"]);
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/messages/{seq}")), HttpStatusCode.OK);
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, reaction, Json(new { emoji = "👍" })), HttpStatusCode.Conflict, "message_deleted");
        Assert.Empty((await family.Student.MessagesAsync(family.School, chatId))["messages"]![0]!["reactions"]!.AsArray());
    }

    [Fact]
    public async Task The_teacher_pins_several_messages_to_the_header_and_students_cannot()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var timetable = Seq(await family.Teacher.PostMessageAsync(family.School, chatId, "Расписание на четверть"));
        var trip = Seq(await family.Teacher.PostMessageAsync(family.School, chatId, "Экскурсия 5 декабря"));
        var question = Seq(await family.Student.PostMessageAsync(family.School, chatId, "А можно взять телефон?"));
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);
        var pins = family.School.Org($"/chats/{chatId}/pins");

        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(pins, new { seq = timetable }), HttpStatusCode.OK);
        var header = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(pins, new { seq = trip }), HttpStatusCode.OK);
        Assert.Equal([trip, timetable], header.AsArray().Select(m => Seq(m!)));
        Assert.Equal(chatId, (await studentHub.WaitForAsync("PinsChanged", 2))[0].GetValue<Guid>());
        Assert.Equal(2, (await family.Parent.GetJsonAsync(pins)).AsArray().Count);

        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(pins, new { seq = question }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(pins, new { seq = 999 }), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Delete, $"{pins}/{trip}"), HttpStatusCode.Forbidden, "forbidden");

        // A deleted message leaves the header with it.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/messages/{trip}")), HttpStatusCode.OK);
        Assert.Equal([timetable], (await family.Student.GetJsonAsync(pins)).AsArray().Select(m => Seq(m!)));
        var unpinned = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, $"{pins}/{timetable}"), HttpStatusCode.OK);
        Assert.Empty(unpinned.AsArray());
    }

    [Fact]
    public async Task The_teacher_sees_who_confirmed_a_notice_and_reminds_only_those_who_have_not()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var notice = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/messages"),
            new { clientId = Guid.NewGuid(), text = "Родительское собрание в пятницу в 18:00", requiresAcknowledgement = true }), HttpStatusCode.Created);
        Assert.True(notice["requiresAcknowledgement"]!.GetValue<bool>());
        var seq = Seq(notice);
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);
        await using var parentHub = await HubClient.ConnectAsync(factory, family.Parent);

        var acknowledge = family.School.Org($"/chats/{chatId}/messages/{seq}/acknowledge");
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Post, acknowledge), HttpStatusCode.NoContent);
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Post, acknowledge), HttpStatusCode.NoContent);
        Assert.Equal(seq, (await teacherHub.WaitForAsync("Acknowledged"))[0]["seq"]!.GetValue<long>());
        Assert.Equal([seq], (await family.Student.MessagesAsync(family.School, chatId))["acknowledged"]!.AsArray().Select(x => x!.GetValue<long>()));
        var receipt = (await family.Teacher.MessagesAsync(family.School, chatId))["receipts"]![0]!;
        Assert.Equal(1, receipt["acknowledged"]!.GetValue<int>());
        Assert.Equal(2, receipt["of"]!.GetValue<int>());

        var who = await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/messages/{seq}/acknowledgements"));
        Assert.Equal("Козлов Миша", who["acknowledged"]!.AsArray().Single()!["name"]!.GetValue<string>());
        Assert.Equal("Козлова Анна Петровна", who["pending"]!.AsArray().Single()!["name"]!.GetValue<string>());

        var reminded = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Post, family.School.Org($"/chats/{chatId}/messages/{seq}/acknowledgements/remind")), HttpStatusCode.OK);
        Assert.Equal(1, reminded["reminded"]!.GetValue<int>());
        Assert.Equal(seq, (await parentHub.WaitForAsync("AcknowledgementReminder"))[0]["seq"]!.GetValue<long>());
        await ApiClient.ReadAsync(await family.Parent.SendAsync(HttpMethod.Post, acknowledge), HttpStatusCode.NoContent);
        await teacherHub.WaitForAsync("Acknowledged", 2);
        Assert.Empty(studentHub.Received("AcknowledgementReminder"));

        // Only staff ask; only the sender and the chat's admins see who; nobody confirms their own notice.
        var refused = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{chatId}/messages"),
            new { clientId = Guid.NewGuid(), text = "Всем ознакомиться!", requiresAcknowledgement = true }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["requiresAcknowledgement"]);
        await ApiClient.ProblemAsync(await family.Student.GetAsync(family.School.Org($"/chats/{chatId}/messages/{seq}/acknowledgements")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Post, acknowledge), HttpStatusCode.Conflict, "own_message");
        var plain = Seq(await family.Teacher.PostMessageAsync(family.School, chatId, "Просто новость"));
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Post, family.School.Org($"/chats/{chatId}/messages/{plain}/acknowledge")),
            HttpStatusCode.Conflict, "no_acknowledgement_asked");
    }

    private static HttpContent Json(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
