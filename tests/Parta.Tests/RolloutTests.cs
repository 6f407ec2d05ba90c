using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parta.Data.Entities;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>RUN-1: the rollout plan of seeds/003 §7 — template chats proposed from the structure, opened once, deadlines in the school's zone.</summary>
public sealed class RolloutTests(QuietNightFactory factory) : IClassFixture<QuietNightFactory>
{
    [Fact]
    public async Task Stage_chats_are_proposed_from_the_structure_opened_with_the_right_members_and_never_twice()
    {
        var family = await factory.ClassFamilyAsync(); // a 5th grade: stage 3
        var school = family.School;
        var admin = school.AdminClient;
        var administration = await ApiClient.ReadAsync(await admin.PostJsonAsync(school.Org("/groups"), new { kind = "administration", name = "Администрация" }), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await admin.PostJsonAsync(school.Org($"/groups/{administration["id"]}/members"), new { membershipId = family.Setup.ClassTeacher.MembershipId }),
            HttpStatusCode.NoContent);

        // Before the structure is built there is no plan, and nothing to open.
        var empty = await admin.GetJsonAsync(school.Org("/rollout"));
        Assert.Null(empty["structureBuiltOn"]);
        Assert.Empty(empty["stages"]!.AsArray());
        await ApiClient.ProblemAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/1/chats")), HttpStatusCode.Conflict, "structure_not_complete");

        await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/structure/complete")), HttpStatusCode.OK);
        var plan = await admin.GetJsonAsync(school.Org("/rollout"));
        Assert.Equal(4, plan["stages"]!.AsArray().Count);
        var first = Stage(plan, 1);
        Assert.Equal(2, first["chatsProposed"]!.GetValue<int>()); // the administration's team chat and the chat with all staff
        Assert.Equal(0, first["chatsCreated"]!.GetValue<int>());
        Assert.NotNull(Template(first, "primaryTeachers")["hint"]); // no such group yet: the plan says what to do
        Assert.Equal("Администрация", Template(first, "administration")["chats"]![0]!["title"]!.GetValue<string>());
        // No 8–11 classes and no clubs: stage 2 proposes nothing, so it is neither done nor ever late.
        Assert.Equal(0, Stage(plan, 2)["chatsProposed"]!.GetValue<int>());
        Assert.False(Stage(plan, 2)["complete"]!.GetValue<bool>());

        var opened = Stage(await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/1/chats")), HttpStatusCode.OK), 1);
        Assert.True(opened["complete"]!.GetValue<bool>());
        Assert.Equal(2, opened["chatsCreated"]!.GetValue<int>());
        var teacherId = await family.Teacher.AccountIdAsync();
        var adminId = await admin.AccountIdAsync();
        var administrationChat = Template(opened, "administration")["chats"]![0]!["chatId"]!.GetValue<Guid>();
        var staffChat = Template(opened, "allStaff")["chats"]![0]!["chatId"]!.GetValue<Guid>();
        Assert.Equal(new[] { adminId, teacherId }.Order(), Members(administrationChat).Order());
        Assert.Equal(new[] { adminId, teacherId }.Order(), Members(staffChat).Order());
        // The chat carries what it is for (seeds/003 «Содержание коммуникаций»).
        Assert.Contains("план внутришкольного контроля", (await admin.ChatAsync(school, administrationChat))["description"]!.GetValue<string>());

        // The class teacher opened the students' chat by hand before the plan got there: the plan counts it and adds no second one.
        var handOpened = await family.Setup.OpenClassChatAsync("students");
        var third = Stage(await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/3/chats")), HttpStatusCode.OK), 3);
        Assert.Equal(handOpened, Template(third, "classStudents")["chats"]![0]!["chatId"]!.GetValue<Guid>());
        Assert.DoesNotContain(adminId, Members(handOpened));
        var parentsChat = Template(third, "classParents")["chats"]![0]!["chatId"]!.GetValue<Guid>();
        Assert.Equal(new[] { adminId, family.ParentId, teacherId }.Order(), Members(parentsChat).Order());
        Assert.DoesNotContain(family.StudentId, Members(parentsChat));
        Assert.Contains(family.StudentId, Members(handOpened));
        Assert.Equal(0, third["chatsWithMessages"]!.GetValue<int>());
        await family.Teacher.PostMessageAsync(school, parentsChat, "Собрание в четверг");

        // Pressing again changes nothing.
        await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/1/chats")), HttpStatusCode.OK);
        var again = await ApiClient.ReadAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/3/chats")), HttpStatusCode.OK);
        Assert.Equal(1, Stage(again, 3)["chatsWithMessages"]!.GetValue<int>());
        Assert.Equal(4, factory.WithDb(db => db.Chats.Count(c => c.OrganizationId == school.OrganizationId && c.Kind != ChatKind.Channel)));

        await ApiClient.ProblemAsync(await admin.SendAsync(HttpMethod.Post, school.Org("/rollout/stages/9/chats")), HttpStatusCode.NotFound, "rollout_stage_not_found");
    }

    [Fact]
    public async Task Deadlines_count_from_the_day_the_structure_was_built_in_the_schools_time_zone_and_late_stages_show_overdue()
    {
        // The server's clock stands at 15:30 UTC: 01:30 of the next day in Vladivostok, 18:30 of the same day in Moscow.
        var day = DateOnly.FromDateTime(QuietNightFactory.Moment.UtcDateTime);
        var far = await factory.RegisterSchoolAsync();
        await ApiClient.ReadAsync(await far.AdminClient.SendAsync(HttpMethod.Put, far.Org("/profile"), System.Net.Http.Json.JsonContent.Create(
            new { timeZone = "Asia/Vladivostok", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 1, 2, 3, 4, 5 } })), HttpStatusCode.OK);
        var near = await factory.RegisterSchoolAsync();
        foreach (var school in new[] { far, near })
            await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org("/structure/complete")), HttpStatusCode.OK);

        var farPlan = await far.AdminClient.GetJsonAsync(far.Org("/rollout"));
        Assert.Equal(day.AddDays(1), DateOnly.Parse(farPlan["structureBuiltOn"]!.GetValue<string>()));
        Assert.Equal(day.AddDays(1 + 2), DateOnly.Parse(Stage(farPlan, 1)["dueFrom"]!.GetValue<string>()));
        Assert.Equal(day.AddDays(1 + 20), DateOnly.Parse(Stage(farPlan, 4)["dueBy"]!.GetValue<string>()));
        var nearPlan = await near.AdminClient.GetJsonAsync(near.Org("/rollout"));
        Assert.Equal(day, DateOnly.Parse(nearPlan["structureBuiltOn"]!.GetValue<string>()));
        Assert.Equal(day.AddDays(3), DateOnly.Parse(Stage(nearPlan, 1)["dueBy"]!.GetValue<string>()));
        Assert.Equal(day.AddDays(10), DateOnly.Parse(Stage(nearPlan, 2)["dueBy"]!.GetValue<string>()));
        Assert.False(Stage(nearPlan, 1)["overdue"]!.GetValue<bool>());

        // Built four days ago: stage 1 (due within 3 days) is overdue until its chats are open; stage 2 is not due yet.
        await factory.WithDbAsync(async db =>
            await db.Organizations.Where(o => o.Id == near.OrganizationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.StructureCompletedAt, QuietNightFactory.Moment.UtcDateTime.AddDays(-4))));
        var late = await near.AdminClient.GetJsonAsync(near.Org("/rollout"));
        Assert.True(Stage(late, 1)["overdue"]!.GetValue<bool>());
        Assert.False(Stage(late, 2)["overdue"]!.GetValue<bool>());
        var done = await ApiClient.ReadAsync(await near.AdminClient.SendAsync(HttpMethod.Post, near.Org("/rollout/stages/1/chats")), HttpStatusCode.OK);
        Assert.False(Stage(done, 1)["overdue"]!.GetValue<bool>());
        Assert.True(Stage(done, 1)["complete"]!.GetValue<bool>());
    }

    private static JsonNode Stage(JsonNode plan, int number) => plan["stages"]!.AsArray().Single(s => s!["number"]!.GetValue<int>() == number)!;

    private static JsonNode Template(JsonNode stage, string key) => stage["templates"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == key)!;

    private Guid[] Members(Guid chatId) => factory.WithDb(db => db.ChatMembers.Where(m => m.ChatId == chatId).Select(m => m.AccountId).ToArray());
}
