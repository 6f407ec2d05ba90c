using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// MSG-7 moderation: a student reports a classmate, the class teacher and the school's administrator see it,
/// nobody else does; the teacher restricts the author's writing, deletes the message, and every action lands in
/// the administrators' audit log.
/// </summary>
public sealed class ModerationTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private sealed record Classroom(ClassFamily Family, Guid ChatId, ApiClient Classmate, Guid ClassmateId)
    {
        public School School => Family.School;
        public string Chat(string path) => School.Org($"/chats/{ChatId}{path}");
        public string Restriction => Chat($"/members/{ClassmateId}/restriction");
    }

    /// <summary>The class chat «ученики и родители» with the class teacher, two classmates and a parent.</summary>
    private async Task<Classroom> ClassroomAsync()
    {
        var family = await factory.ClassFamilyAsync();
        var (classmate, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Петров Ваня");
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        return new Classroom(family, chatId, classmate, await classmate.AccountIdAsync());
    }

    private static async Task<JsonArray> ReportsAsync(ApiClient client, School school, string status = "open") =>
        (await client.GetJsonAsync(school.Org($"/moderation/reports?status={status}"))).AsArray();

    private static async Task<long> PostAsync(ApiClient client, Classroom room, string text) =>
        (await client.PostMessageAsync(room.School, room.ChatId, text))["seq"]!.GetValue<long>();

    [Fact]
    public async Task A_report_reaches_the_class_teacher_and_the_administrator_who_restrict_delete_and_leave_a_log()
    {
        var room = await ClassroomAsync();
        var family = room.Family;
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        await using var classmateHub = await HubClient.ConnectAsync(factory, room.Classmate);
        var insult = await PostAsync(room.Classmate, room, "Миша, ты дурак");

        var report = await ApiClient.ReadAsync(await family.Student.PostJsonAsync(room.Chat($"/messages/{insult}/reports"),
            new { reason = "bullying", comment = "Обзывается" }), HttpStatusCode.Created);
        var again = await ApiClient.ReadAsync(await family.Student.PostJsonAsync(room.Chat($"/messages/{insult}/reports"), new { reason = "spam" }), HttpStatusCode.OK);
        Assert.Equal(report["id"]!.GetValue<Guid>(), again["id"]!.GetValue<Guid>());
        var reported = (await teacherHub.WaitForAsync("MessageReported"))[0];
        Assert.Equal(insult, reported["seq"]!.GetValue<long>());
        Assert.Equal(room.ChatId, reported["chatId"]!.GetValue<Guid>());

        // The class teacher (chat admin) and the school's administrator see it; a classmate, a parent and another school do not.
        var seen = Assert.Single(await ReportsAsync(family.Teacher, room.School))!;
        Assert.Equal("Петров Ваня", seen["authorName"]!.GetValue<string>());
        Assert.Equal("Миша, ты дурак", seen["messageText"]!.GetValue<string>());
        Assert.Equal("bullying", seen["reason"]!.GetValue<string>());
        Assert.Equal("Обзывается", seen["comment"]!.GetValue<string>());
        Assert.Equal("Козлов Миша", seen["reporterName"]!.GetValue<string>());
        Assert.Equal("open", seen["status"]!.GetValue<string>());
        Assert.False(seen["messageDeleted"]!.GetValue<bool>());
        Assert.True(seen["canAct"]!.GetValue<bool>());
        // The administrator is not in the class chat, yet acts on every report of the school (issue 12 item 6; it used to be dismiss only).
        var administratorView = Assert.Single(await ReportsAsync(room.School.AdminClient, room.School))!;
        Assert.True(administratorView["canAct"]!.GetValue<bool>());
        Assert.False(administratorView["inChat"]!.GetValue<bool>());
        Assert.Empty(await ReportsAsync(room.Classmate, room.School));
        Assert.Empty(await ReportsAsync(family.Parent, room.School));
        Assert.Empty(await ReportsAsync(family.Student, room.School));
        var outsider = (await factory.RegisterSchoolAsync()).AdminClient;
        await ApiClient.ProblemAsync(await outsider.GetAsync(room.School.Org("/moderation/reports")), HttpStatusCode.NotFound, "organization_not_found");

        // Restricted for an hour: every way of writing is refused, the member's own chat list says so, the report is answered.
        var until = DateTime.UtcNow.AddHours(1);
        var restriction = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, room.Restriction,
            JsonContent.Create(new { until, note = "Остынь" })), HttpStatusCode.OK);
        Assert.NotNull(restriction["until"]);
        await classmateHub.WaitForAsync("ChatsChanged");
        var summary = await room.Classmate.ChatAsync(room.School, room.ChatId);
        Assert.True(summary["writingRestricted"]!.GetValue<bool>());
        Assert.Equal(until, summary["writingRestrictedUntil"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
        var refused = await ApiClient.ProblemAsync(await room.Classmate.PostJsonAsync(room.Chat("/messages"), new { clientId = Guid.NewGuid(), text = "А что я такого сказал?" }),
            HttpStatusCode.Forbidden, "writing_restricted");
        Assert.StartsWith("Модератор ограничил вам отправку сообщений в этот чат до ", refused["title"]!.GetValue<string>());
        var hubRefusal = await Assert.ThrowsAsync<HubException>(() => classmateHub.SendAsync(room.ChatId, "Через хаб"));
        Assert.Contains("writing_restricted:", hubRefusal.Message);
        await ApiClient.ProblemAsync(await room.Classmate.SendAsync(HttpMethod.Put, room.Chat($"/messages/{insult}"), JsonContent.Create(new { text = "Исправлю" })),
            HttpStatusCode.Forbidden, "writing_restricted");
        await ApiClient.ProblemAsync(await room.Classmate.PostJsonAsync(room.Chat("/polls"), new { clientId = Guid.NewGuid(), question = "Кто прав?", options = new[] { "Я", "Он" } }),
            HttpStatusCode.Forbidden, "writing_restricted");
        await ApiClient.ProblemAsync(await room.Classmate.PostJsonAsync(room.Chat("/scheduled"), new { clientId = Guid.NewGuid(), text = "Потом", sendAt = DateTime.UtcNow.AddHours(2) }),
            HttpStatusCode.Forbidden, "writing_restricted");
        Assert.Empty(await ReportsAsync(family.Teacher, room.School));
        var resolved = Assert.Single(await ReportsAsync(family.Teacher, room.School, "resolved"))!;
        Assert.NotNull(resolved["handledByName"]);

        // Lifted: writing works again, over HTTP and the hub.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, room.Restriction), HttpStatusCode.NoContent);
        Assert.False((await room.Classmate.ChatAsync(room.School, room.ChatId))["writingRestricted"]!.GetValue<bool>());
        var spam = await PostAsync(room.Classmate, room, "Покупайте фишки в моём магазине");
        await classmateHub.SendAsync(room.ChatId, "Извините");

        // The teacher deletes a reported message: the report is resolved and the deletion is in the log.
        var spamReport = await ApiClient.ReadAsync(await family.Student.PostJsonAsync(room.Chat($"/messages/{spam}/reports"),
            new { reason = "other", comment = "Реклама в чате класса" }), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, room.Chat($"/messages/{spam}")), HttpStatusCode.OK);
        var deleted = (await ReportsAsync(room.School.AdminClient, room.School, "resolved"))
            .Single(r => r!["id"]!.GetValue<Guid>() == spamReport["id"]!.GetValue<Guid>())!;
        Assert.True(deleted["messageDeleted"]!.GetValue<bool>());
        Assert.Equal("Покупайте фишки в моём магазине", deleted["messageText"]!.GetValue<string>());
        Assert.NotNull(deleted["handledByName"]);

        var log = (await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log"))).AsArray();
        Assert.Equal(["deleteMessage", "liftRestriction", "restrictWriting"], log.Select(e => e!["action"]!.GetValue<string>()).ToArray());
        Assert.All(log, e => Assert.Equal("Петров Ваня", e!["targetName"]!.GetValue<string>()));
        Assert.Equal(spam, log[0]!["seq"]!.GetValue<long>());
        Assert.EndsWith(": Остынь", log[2]!["note"]!.GetValue<string>());
        Assert.Single((await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log?limit=1"))).AsArray());
        var older = (await room.School.AdminClient.GetJsonAsync(room.School.Org($"/moderation/log?before={Uri.EscapeDataString(log[0]!["createdAt"]!.GetValue<string>())}"))).AsArray();
        Assert.Equal(2, older.Count);
        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(room.School.Org("/moderation/log")), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_dismissed_report_is_logged_and_deletions_by_the_author_are_not()
    {
        var room = await ClassroomAsync();
        var joke = await PostAsync(room.Classmate, room, "Шутка про контрольную");
        var report = await ApiClient.ReadAsync(await room.Family.Student.PostJsonAsync(room.Chat($"/messages/{joke}/reports"), new { reason = "inappropriate" }),
            HttpStatusCode.Created);
        var dismiss = room.School.Org($"/moderation/reports/{report["id"]}/dismiss");
        await ApiClient.ProblemAsync(await room.Classmate.PostJsonAsync(dismiss, new { }), HttpStatusCode.NotFound, "report_not_found");
        var dismissed = await ApiClient.ReadAsync(await room.Family.Teacher.PostJsonAsync(dismiss, new { note = "Безобидно" }), HttpStatusCode.OK);
        Assert.Equal("dismissed", dismissed["status"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await room.School.AdminClient.PostJsonAsync(dismiss, new { }), HttpStatusCode.Conflict, "report_handled");
        Assert.Single(await ReportsAsync(room.School.AdminClient, room.School, "dismissed"));

        await ApiClient.ReadAsync(await room.Classmate.SendAsync(HttpMethod.Delete, room.Chat($"/messages/{joke}")), HttpStatusCode.OK);
        var entry = Assert.Single((await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log"))).AsArray())!;
        Assert.Equal("dismissReport", entry["action"]!.GetValue<string>());
        Assert.Equal("Безобидно", entry["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_moderators_dismissing_one_report_at_once_make_one_decision_and_one_log_entry()
    {
        var room = await ClassroomAsync();
        var joke = await PostAsync(room.Classmate, room, "Ещё одна шутка");
        var report = await ApiClient.ReadAsync(await room.Family.Student.PostJsonAsync(room.Chat($"/messages/{joke}/reports"), new { reason = "spam" }),
            HttpStatusCode.Created);
        var dismiss = room.School.Org($"/moderation/reports/{report["id"]}/dismiss");

        var answers = await Task.WhenAll(
            room.Family.Teacher.PostJsonAsync(dismiss, new { note = "Учитель" }),
            room.School.AdminClient.PostJsonAsync(dismiss, new { note = "Администратор" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var entry = Assert.Single((await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log"))).AsArray())!;
        Assert.Equal("dismissReport", entry["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task Removing_the_author_from_a_group_chat_answers_the_reports_about_them_and_is_logged()
    {
        var room = await ClassroomAsync();
        var family = room.Family;
        var group = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(room.School.Org("/chats/group"),
            new { title = "Олимпиада", memberIds = new[] { family.StudentId, room.ClassmateId } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var seq = (await room.Classmate.PostMessageAsync(room.School, group, "Олимпиада — для ботаников"))["seq"]!.GetValue<long>();
        await ApiClient.ReadAsync(await family.Student.PostJsonAsync(room.School.Org($"/chats/{group}/messages/{seq}/reports"), new { reason = "bullying" }),
            HttpStatusCode.Created);

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, room.School.Org($"/chats/{group}/members/{room.ClassmateId}")), HttpStatusCode.NoContent);
        Assert.Empty(await ReportsAsync(family.Teacher, room.School));
        Assert.Single(await ReportsAsync(family.Teacher, room.School, "resolved"));
        var entry = Assert.Single((await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log"))).AsArray())!;
        Assert.Equal("removeMember", entry["action"]!.GetValue<string>());
        Assert.Equal("Олимпиада", entry["chatTitle"]!.GetValue<string>());
        Assert.Equal("Петров Ваня", entry["targetName"]!.GetValue<string>());

        // Leaving on one's own is no moderation.
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Delete, room.School.Org($"/chats/{group}/members/{family.StudentId}")), HttpStatusCode.NoContent);
        Assert.Single((await room.School.AdminClient.GetJsonAsync(room.School.Org("/moderation/log"))).AsArray());
    }

    [Fact]
    public async Task Bad_reports_and_restrictions_are_refused_with_codes_not_errors()
    {
        var room = await ClassroomAsync();
        var family = room.Family;
        var classmates = await PostAsync(room.Classmate, room, "Привет всем");
        var own = await PostAsync(family.Student, room, "Моё сообщение");
        var reports = room.Chat($"/messages/{classmates}/reports");

        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(reports, new { reason = "rude" }), HttpStatusCode.BadRequest, "bad_request");
        var missing = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(reports, new { comment = "Просто так" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(missing["errors"]!["reason"]);
        var noComment = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(reports, new { reason = "other", comment = "  " }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(noComment["errors"]!["comment"]);
        var longComment = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(reports, new { reason = "spam", comment = new string('ы', 2001) }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(longComment["errors"]!["comment"]);
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(room.Chat($"/messages/{own}/reports"), new { reason = "spam" }), HttpStatusCode.Conflict, "own_message");
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(room.Chat("/messages/999/reports"), new { reason = "spam" }), HttpStatusCode.NotFound, "message_not_found");
        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(room.School.Org("/moderation/reports?status=lost")), HttpStatusCode.BadRequest, "validation_failed");

        async Task<JsonNode> Restrict(ApiClient by, string url, object body, HttpStatusCode status, string code) =>
            await ApiClient.ProblemAsync(await by.SendAsync(HttpMethod.Put, url, JsonContent.Create(body)), status, code);
        var past = await Restrict(family.Teacher, room.Restriction, new { until = DateTime.UtcNow.AddMinutes(-1) }, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(past["errors"]!["until"]);
        await Restrict(family.Teacher, room.Restriction, new { until = DateTime.UtcNow.AddYears(2) }, HttpStatusCode.BadRequest, "validation_failed");
        await Restrict(family.Student, room.Restriction, new { until = (DateTime?)null }, HttpStatusCode.Forbidden, "forbidden");
        var teacherId = await family.Teacher.AccountIdAsync();
        await Restrict(family.Teacher, room.Chat($"/members/{teacherId}/restriction"), new { }, HttpStatusCode.Conflict, "cannot_restrict_self");

        // In the teacher's group chat with the school's administrator, neither moderator can restrict the other.
        var administratorId = await room.School.AdminClient.AccountIdAsync();
        var group = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(room.School.Org("/chats/group"),
            new { title = "Педсовет", memberIds = new[] { administratorId } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await Restrict(family.Teacher, room.School.Org($"/chats/{group}/members/{administratorId}/restriction"), new { }, HttpStatusCode.Conflict, "cannot_restrict_moderator");
        await Restrict(room.School.AdminClient, room.School.Org($"/chats/{group}/members/{teacherId}/restriction"), new { }, HttpStatusCode.Conflict, "cannot_restrict_moderator");

        // «Until lifted» is shown as no end, with the flag set.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, room.Restriction, JsonContent.Create(new { until = (DateTime?)null })), HttpStatusCode.OK);
        var summary = await room.Classmate.ChatAsync(room.School, room.ChatId);
        Assert.True(summary["writingRestricted"]!.GetValue<bool>());
        Assert.Null(summary["writingRestrictedUntil"]);
        await ApiClient.ProblemAsync(await room.Classmate.PostJsonAsync(room.Chat("/messages"), new { clientId = Guid.NewGuid(), text = "Ну пожалуйста" }),
            HttpStatusCode.Forbidden, "writing_restricted");
        Assert.False((await family.Student.ChatAsync(room.School, room.ChatId))["writingRestricted"]!.GetValue<bool>());
    }
}
