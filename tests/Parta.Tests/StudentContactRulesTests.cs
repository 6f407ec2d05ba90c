using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// BEY-3 by the school's choice: classmates' direct chats can be switched off (on by default), and a staff
/// member's private chat with a student can be made to include the student's parents or a second staff member.
/// </summary>
public sealed class StudentContactRulesTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    /// <summary>The administrator changes only these rules: the rest of the profile goes back as it was.</summary>
    private static async Task<HttpResponseMessage> PutRulesAsync(ApiClient by, School school, object rules)
    {
        var profile = (await school.AdminClient.GetJsonAsync(school.Org("/profile"))).AsObject();
        foreach (var (name, value) in JsonSerializerNode(rules).AsObject().ToList()) profile[name] = value?.DeepClone();
        return await by.SendAsync(HttpMethod.Put, school.Org("/profile"), JsonContent.Create(profile));
    }

    private static JsonNode JsonSerializerNode(object value) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value, ApiClient.Json))!;

    private static async Task<JsonNode> SetRulesAsync(School school, object rules) =>
        await ApiClient.ReadAsync(await PutRulesAsync(school.AdminClient, school, rules), HttpStatusCode.OK);

    private static Task<HttpResponseMessage> DirectAsync(ApiClient client, School school, Guid with) =>
        client.PostJsonAsync(school.Org("/chats/direct"), new { accountId = with });

    private static async Task<Guid> OpenedAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.Created) =>
        (await ApiClient.ReadAsync(response, expected))["id"]!.GetValue<Guid>();

    private static async Task<string[]> MemberNamesAsync(ApiClient client, School school, Guid chatId) =>
        [.. (await client.GetJsonAsync(school.Org($"/chats/{chatId}/members")))["members"]!.AsArray().Select(m => m!["fullName"]!.GetValue<string>()).Order()];

    private static async Task<bool> CanWriteAsync(ApiClient client, School school, Guid chatId) =>
        (await client.ChatAsync(school, chatId))["canWrite"]!.GetValue<bool>();

    private static async Task RefusedToWriteAsync(PartaFactory factory, ApiClient client, School school, Guid chatId)
    {
        Assert.False(await CanWriteAsync(client, school, chatId));
        var refused = await ApiClient.ProblemAsync(await client.PostJsonAsync(school.Org($"/chats/{chatId}/messages"), new { clientId = Guid.NewGuid(), text = "Алло?" }),
            HttpStatusCode.Forbidden, "chat_read_only");
        Assert.Contains("правилам школы", refused["title"]!.GetValue<string>());
        await using var hub = await HubClient.ConnectAsync(factory, client);
        Assert.Contains("chat_read_only", (await Assert.ThrowsAsync<HubException>(() => hub.SendAsync(chatId, "Алло?"))).Message);
    }

    [Fact]
    public async Task Only_the_administrator_sets_the_rules_and_an_unknown_choice_is_refused_in_russian()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var profile = await school.AdminClient.GetJsonAsync(school.Org("/profile"));
        Assert.True(profile["classmatesMayMessage"]!.GetValue<bool>());
        Assert.Equal("none", profile["teacherStudentChatCompanion"]!.GetValue<string>());
        foreach (var other in new[] { family.Teacher, family.Student, family.Parent })
            await ApiClient.ProblemAsync(await PutRulesAsync(other, school, new { classmatesMayMessage = false }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await PutRulesAsync(factory.NewClient(), school, new { classmatesMayMessage = false }), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.ProblemAsync(await PutRulesAsync(school.AdminClient, school, new { teacherStudentChatCompanion = "sometimes" }), HttpStatusCode.BadRequest, "bad_request");
        Assert.True((await school.AdminClient.GetJsonAsync(school.Org("/profile")))["classmatesMayMessage"]!.GetValue<bool>());
        // A client that does not know the rules yet (an older web client) leaves them as they are.
        await SetRulesAsync(school, new { classmatesMayMessage = false, teacherStudentChatCompanion = "parents" });
        var older = (await school.AdminClient.GetJsonAsync(school.Org("/profile"))).AsObject();
        older.Remove("classmatesMayMessage");
        older.Remove("teacherStudentChatCompanion");
        var kept = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"), JsonContent.Create(older)), HttpStatusCode.OK);
        Assert.False(kept["classmatesMayMessage"]!.GetValue<bool>());
        Assert.Equal("parents", kept["teacherStudentChatCompanion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Classmates_direct_chats_follow_the_schools_switch_everywhere_a_student_opens_or_joins_one()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var (classmate, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Петров Ваня");
        var classmateId = await classmate.AccountIdAsync();
        var chatId = await OpenedAsync(await DirectAsync(family.Student, school, classmateId));
        await family.Student.PostMessageAsync(school, chatId, "Ваня, что задали?");
        // The class teacher's group where members may invite: a student's link and a student's hand are two more ways in.
        var group = await OpenedAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"), new { title = "Олимпиада", memberIds = new[] { family.StudentId } }));
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, school.Org($"/chats/{group}"), JsonContent.Create(new { whoMayInvite = "everyone" })),
            HttpStatusCode.NoContent);
        var invite = (await ApiClient.ReadAsync(await family.Student.PostJsonAsync(school.Org($"/chats/{group}/invite-links"), new { }), HttpStatusCode.Created))["url"]!
            .GetValue<string>().Split('/')[^1];

        Assert.False((await SetRulesAsync(school, new { classmatesMayMessage = false }))["classmatesMayMessage"]!.GetValue<bool>());

        await ApiClient.ProblemAsync(await DirectAsync(family.Student, school, classmateId), HttpStatusCode.Forbidden, "student_unreachable");
        await ApiClient.ProblemAsync(await DirectAsync(classmate, school, family.StudentId), HttpStatusCode.Forbidden, "student_unreachable");
        await ApiClient.ProblemAsync(await classmate.PostJsonAsync($"/api/chat-invites/{invite}/join", new { }), HttpStatusCode.Forbidden, "student_unreachable");
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(school.Org($"/chats/{group}/members"), new { accountIds = new[] { classmateId } }),
            HttpStatusCode.BadRequest, "validation_failed");
        // The chat they already have stays readable and takes no more messages from either, by HTTP or the hub.
        Assert.Equal("Ваня, что задали?", (await classmate.MessagesAsync(school, chatId))["messages"]![0]!["text"]!.GetValue<string>());
        await RefusedToWriteAsync(factory, classmate, school, chatId);
        await RefusedToWriteAsync(factory, family.Student, school, chatId);
        // The switch is about classmates: the teacher still adds the classmate, the parent and the teacher still write to the student.
        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(school.Org($"/chats/{group}/members"), new { accountIds = new[] { classmateId } }), HttpStatusCode.NoContent);
        await ApiClient.ReadAsync(await DirectAsync(family.Parent, school, family.StudentId), HttpStatusCode.Created);
        var teachers = await OpenedAsync(await DirectAsync(family.Teacher, school, family.StudentId));
        Assert.True(await CanWriteAsync(family.Student, school, teachers));

        await SetRulesAsync(school, new { classmatesMayMessage = true });
        Assert.True(await CanWriteAsync(classmate, school, chatId));
        await classmate.PostMessageAsync(school, chatId, "Параграф 5");
        Assert.Equal(chatId, await OpenedAsync(await DirectAsync(family.Student, school, classmateId), HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_staff_members_chat_with_a_student_includes_the_parents_as_the_school_decides()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var teacherId = await family.Teacher.AccountIdAsync();
        var (orphan, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Сирота Петя");
        var plain = await OpenedAsync(await DirectAsync(family.Teacher, school, family.StudentId));

        await SetRulesAsync(school, new { teacherStudentChatCompanion = "parents" });
        var opened = await ApiClient.ReadAsync(await DirectAsync(family.Teacher, school, family.StudentId), HttpStatusCode.Created);
        var chatId = opened["id"]!.GetValue<Guid>();
        Assert.Equal("group", opened["kind"]!.GetValue<string>());
        Assert.Equal("Петров Иван Сергеевич — Козлов Миша", opened["title"]!.GetValue<string>());
        Assert.Equal(["Козлов Миша", "Козлова Анна Петровна", "Петров Иван Сергеевич"], await MemberNamesAsync(family.Student, school, chatId));
        await family.Parent.PostMessageAsync(school, chatId, "Здравствуйте, я тоже здесь");
        // The same chat from the student's side; neither of the two sends the parent away, nor does the parent leave.
        Assert.Equal(chatId, await OpenedAsync(await DirectAsync(family.Student, school, teacherId), HttpStatusCode.OK));
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Delete, school.Org($"/chats/{chatId}/members/{family.ParentId}")), HttpStatusCode.Conflict, "supervised_chat");
        await ApiClient.ProblemAsync(await family.Parent.SendAsync(HttpMethod.Delete, school.Org($"/chats/{chatId}/members/{family.ParentId}")), HttpStatusCode.Conflict, "supervised_chat");
        // The one-to-one chat they had is closed for both; a «group» of two is no way around it, nor is one grown to two.
        await RefusedToWriteAsync(factory, family.Teacher, school, plain);
        await RefusedToWriteAsync(factory, family.Student, school, plain);
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"), new { title = "Разговор", memberIds = new[] { family.StudentId } }),
            HttpStatusCode.Conflict, "supervised_chat_required");
        var alone = await OpenedAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"), new { title = "Разговор", memberIds = Array.Empty<Guid>() }));
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(school.Org($"/chats/{alone}/members"), new { accountIds = new[] { family.StudentId } }),
            HttpStatusCode.Conflict, "supervised_chat_required");
        // No parent confirmed: no chat, and a sentence that says why.
        var none = await ApiClient.ProblemAsync(await DirectAsync(family.Teacher, school, await orphan.AccountIdAsync()), HttpStatusCode.Conflict, "no_companion");
        Assert.Contains("родител", none["title"]!.GetValue<string>());
        // Parents are no staff: their own chat with the child stays one to one.
        Assert.Equal("direct", (await ApiClient.ReadAsync(await DirectAsync(family.Parent, school, family.StudentId), HttpStatusCode.Created))["kind"]!.GetValue<string>());

        await SetRulesAsync(school, new { teacherStudentChatCompanion = "none" });
        Assert.True(await CanWriteAsync(family.Student, school, plain));
        Assert.Equal(plain, await OpenedAsync(await DirectAsync(family.Teacher, school, family.StudentId), HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_staff_members_chat_with_a_student_includes_a_second_staff_member_as_the_school_decides()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var (classmate, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classStudents"), "Сирота Петя");
        var classmateId = await classmate.AccountIdAsync();
        await SetRulesAsync(school, new { teacherStudentChatCompanion = "secondStaff" });

        // The administrator writes: the class teacher joins; the class teacher writes: the administrator joins.
        var byAdministrator = await OpenedAsync(await DirectAsync(school.AdminClient, school, classmateId));
        Assert.Equal(["Иванова Мария Петровна", "Петров Иван Сергеевич", "Сирота Петя"], await MemberNamesAsync(classmate, school, byAdministrator));
        var byTeacher = await OpenedAsync(await DirectAsync(family.Teacher, school, classmateId));
        Assert.Equal(["Иванова Мария Петровна", "Петров Иван Сергеевич", "Сирота Петя"], await MemberNamesAsync(classmate, school, byTeacher));
        Assert.NotEqual(byAdministrator, byTeacher);
        await family.Teacher.PostMessageAsync(school, byTeacher, "Петя, зайди после уроков");
        Assert.Equal("Петя, зайди после уроков", (await school.AdminClient.MessagesAsync(school, byTeacher))["messages"]![0]!["text"]!.GetValue<string>());
        // Classmates are no staff: their chat stays one to one.
        Assert.Equal("direct", (await ApiClient.ReadAsync(await DirectAsync(family.Student, school, classmateId), HttpStatusCode.Created))["kind"]!.GetValue<string>());
    }
}
