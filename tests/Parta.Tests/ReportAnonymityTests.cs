using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// MSG-7 as the report dialog promises: the reported author never learns who reported them, even when they
/// moderate the chat; the school's administrator sees every report and acts on it in a chat they are not in —
/// and only on what was reported there.
/// </summary>
public sealed class ReportAnonymityTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static async Task<JsonArray> ReportsAsync(ApiClient client, School school, string status = "open") =>
        (await client.GetJsonAsync(school.Org($"/moderation/reports?status={status}"))).AsArray();

    [Fact]
    public async Task A_moderating_teacher_reported_in_their_own_chat_does_not_see_who_reported_them()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var seq = (await family.Teacher.PostMessageAsync(family.School, chatId, "Кто не сдаст тетради — двойка"))["seq"]!.GetValue<long>();
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(family.School.Org($"/chats/{chatId}/messages/{seq}/reports"),
            new { reason = "inappropriate", comment = "Угрозы детям" }), HttpStatusCode.Created);

        var told = (await teacherHub.WaitForAsync("MessageReported"))[0];
        Assert.DoesNotContain("Козлова", told.ToJsonString());
        var seen = Assert.Single(await ReportsAsync(family.Teacher, family.School))!;
        Assert.Equal("Угрозы детям", seen["comment"]!.GetValue<string>());
        Assert.Null(seen["reporterName"]);
        Assert.DoesNotContain("Козлова Анна Петровна", seen.ToJsonString());

        var administrators = Assert.Single(await ReportsAsync(family.School.AdminClient, family.School))!;
        Assert.Equal("Козлова Анна Петровна", administrators["reporterName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_administrator_removes_a_reported_message_and_restricts_its_author_in_a_chat_they_are_not_in()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var (classmate, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Петров Ваня");
        var classmateId = await classmate.AccountIdAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        var admin = school.AdminClient;
        await using var adminHub = await HubClient.ConnectAsync(factory, admin);
        var insult = (await classmate.PostMessageAsync(school, chatId, "Миша, ты дурак"))["seq"]!.GetValue<long>();
        var unreported = (await classmate.PostMessageAsync(school, chatId, "Домашку кто сделал?"))["seq"]!.GetValue<long>();
        await ApiClient.ReadAsync(await family.Student.PostJsonAsync(school.Org($"/chats/{chatId}/messages/{insult}/reports"), new { reason = "bullying" }),
            HttpStatusCode.Created);

        // Told at once, though not in the chat.
        Assert.Equal(insult, (await adminHub.WaitForAsync("MessageReported"))[0]["seq"]!.GetValue<long>());
        var report = Assert.Single(await ReportsAsync(admin, school))!;
        Assert.True(report["canAct"]!.GetValue<bool>());
        Assert.False(report["inChat"]!.GetValue<bool>());

        // The report opens exactly what it is about: not the chat's history, not another message, not another person.
        await ApiClient.ProblemAsync(await admin.GetAsync(school.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await admin.SendAsync(HttpMethod.Delete, school.Org($"/chats/{chatId}/messages/{unreported}")), HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await admin.SendAsync(HttpMethod.Put, school.Org($"/chats/{chatId}/members/{family.StudentId}/restriction"), JsonContent.Create(new { })),
            HttpStatusCode.NotFound, "chat_not_found");

        var removed = await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Delete, school.Org($"/chats/{chatId}/messages/{insult}")), HttpStatusCode.OK);
        Assert.True(removed["deleted"]!.GetValue<bool>());
        Assert.Equal("", (await family.Student.MessagesAsync(school, chatId))["messages"]!.AsArray().Single(m => m!["seq"]!.GetValue<long>() == insult)!["text"]!.GetValue<string>());
        Assert.Empty(await ReportsAsync(admin, school));

        await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Put, school.Org($"/chats/{chatId}/members/{classmateId}/restriction"),
            JsonContent.Create(new { until = DateTime.UtcNow.AddDays(1), note = "Травля одноклассника" })), HttpStatusCode.OK);
        await ApiClient.ProblemAsync(await classmate.PostJsonAsync(school.Org($"/chats/{chatId}/messages"), new { clientId = Guid.NewGuid(), text = "Я больше не буду" }),
            HttpStatusCode.Forbidden, "writing_restricted");
        await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Delete, school.Org($"/chats/{chatId}/members/{classmateId}/restriction")), HttpStatusCode.NoContent);

        var log = (await admin.GetJsonAsync(school.Org("/moderation/log"))).AsArray();
        Assert.Equal(["liftRestriction", "restrictWriting", "deleteMessage"], log.Select(e => e!["action"]!.GetValue<string>()).ToArray());
        Assert.All(log, e => Assert.Equal("Петров Ваня", e!["targetName"]!.GetValue<string>()));

        // Still not a member: the chat stays closed to the administrator, as before the report.
        Assert.DoesNotContain(await admin.ChatsAsync(school), c => c!["id"]!.GetValue<Guid>() == chatId);
    }
}
