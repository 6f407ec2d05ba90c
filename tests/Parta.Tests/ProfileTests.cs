using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-3: profile, working hours in the school's time zone, more administrators; ORG-4: structure completed once.</summary>
public sealed class ProfileTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static object Profile(string timeZone = "Asia/Yekaterinburg", string start = "07:30", string end = "16:00", int[]? days = null) => new
    {
        address = "село Юрьево, ул. Школьная, 1", website = "https://school3.example.ru", eJournalUrl = "https://journal.example.ru/school3",
        timeZone, workdayStart = start, workdayEnd = end, workingDays = days ?? [1, 2, 3, 4, 5, 6], primaryGradesOpen = true,
    };

    [Fact]
    public async Task New_school_starts_with_moscow_time_a_five_day_week_and_primary_grades_closed()
    {
        var school = await factory.RegisterSchoolAsync();
        var profile = await school.AdminClient.GetJsonAsync(school.Org("/profile"));
        Assert.Equal("Europe/Moscow", profile["timeZone"]!.GetValue<string>());
        Assert.Equal("08:00", profile["workdayStart"]!.GetValue<string>());
        Assert.Equal([1, 2, 3, 4, 5], profile["workingDays"]!.AsArray().Select(d => d!.GetValue<int>()));
        Assert.False(profile["primaryGradesOpen"]!.GetValue<bool>());
        Assert.Null(profile["structureCompletedAt"]);
    }

    [Fact]
    public async Task Administrator_fills_in_the_profile_and_members_read_it()
    {
        var school = await factory.RegisterSchoolAsync();
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"), System.Net.Http.Json.JsonContent.Create(Profile())), HttpStatusCode.OK);
        var teacher = await factory.JoinAsStaffAsync(school);
        var profile = await teacher.Client.GetJsonAsync(school.Org("/profile"));
        Assert.Equal("Asia/Yekaterinburg", profile["timeZone"]!.GetValue<string>());
        Assert.Equal("07:30", profile["workdayStart"]!.GetValue<string>());
        Assert.Equal(6, profile["workingDays"]!.AsArray().Count);
        Assert.True(profile["primaryGradesOpen"]!.GetValue<bool>());
        Assert.Equal("https://school3.example.ru", profile["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task Public_page_shows_the_address_and_site_and_students_and_parents_get_the_e_journal_link()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var school = setup.School;
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"), System.Net.Http.Json.JsonContent.Create(Profile())), HttpStatusCode.OK);
        var slug = (await school.AdminClient.GetJsonAsync(school.Org()))["slug"]!.GetValue<string>();

        var page = await factory.NewClient().GetJsonAsync($"/api/public/organizations/{slug}");
        Assert.Equal("село Юрьево, ул. Школьная, 1", page["address"]!.GetValue<string>());
        Assert.Equal("https://school3.example.ru", page["website"]!.GetValue<string>());
        Assert.Null(page["eJournalUrl"]); // the journal is for members, not for the public page

        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Журнальный Ученик");
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Журнальный Родитель");
        foreach (var member in new[] { student, parent, setup.ClassTeacher.Client })
            Assert.Equal("https://journal.example.ru/school3", (await member.GetJsonAsync(school.Org()))["eJournalUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Administrators_overview_counts_what_the_school_has_really_done()
    {
        var school = await factory.RegisterSchoolAsync();
        var start = await school.AdminClient.GetJsonAsync(school.Org("/setup-progress"));
        Assert.False(start["profileFilled"]!.GetValue<bool>());
        Assert.Equal(0, start["classes"]!.GetValue<int>() + start["teachersVerified"]!.GetValue<int>() + start["students"]!.GetValue<int>());

        var family = await factory.ClassFamilyAsync();
        var other = family.School;
        await ApiClient.ReadAsync(await other.AdminClient.SendAsync(HttpMethod.Put, other.Org("/profile"), System.Net.Http.Json.JsonContent.Create(Profile())), HttpStatusCode.OK);
        await factory.JoinAsStaffAsync(other, fullName: "Ждущая Учительница");
        await other.ApplyRosterAsync(await other.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон\n6Б;ученик;Новый Ученик;{TestData.NewPhone()}\n"));
        await family.Setup.OpenClassChatAsync("parents");
        var channel = (await other.AdminClient.ChatsAsync(other)).Single(c => c!["kind"]!.GetValue<string>() == "channel")!["id"]!.GetValue<Guid>();
        await other.AdminClient.PostMessageAsync(other, channel, "Добро пожаловать в канал школы!");

        var progress = await other.AdminClient.GetJsonAsync(other.Org("/setup-progress"));
        Assert.True(progress["profileFilled"]!.GetValue<bool>());
        Assert.Equal(2, progress["classes"]!.GetValue<int>()); // 5А by hand, 6Б by the roster
        Assert.Equal((1, 1), (progress["teachersVerified"]!.GetValue<int>(), progress["teachersWaiting"]!.GetValue<int>()));
        Assert.Equal((1, 1, 1), (progress["students"]!.GetValue<int>(), progress["parents"]!.GetValue<int>(), progress["classesWithStudents"]!.GetValue<int>()));
        Assert.Equal(1, progress["invitationsPending"]!.GetValue<int>());
        Assert.Equal(1, progress["classesWithChat"]!.GetValue<int>());
        Assert.Equal(1, progress["channelPosts"]!.GetValue<long>());

        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(other.Org("/setup-progress")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Parent.GetAsync(other.Org("/setup-progress")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await school.AdminClient.GetAsync(other.Org("/setup-progress")), HttpStatusCode.NotFound, "organization_not_found");
    }

    [Theory]
    [InlineData("Europe/London", "08:00", "16:00", "timeZone")]
    [InlineData("Europe/Moscow", "8 утра", "16:00", "workdayStart")]
    [InlineData("Europe/Moscow", "16:00", "08:00", "workdayEnd")]
    [InlineData("Europe/Moscow", "25:00", "26:00", "workdayStart")]
    public async Task Impossible_profile_is_refused_and_nothing_changes(string timeZone, string start, string end, string field)
    {
        var school = await factory.RegisterSchoolAsync();
        var problem = await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"),
            System.Net.Http.Json.JsonContent.Create(Profile(timeZone, start, end))), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal("Europe/Moscow", (await school.AdminClient.GetJsonAsync(school.Org("/profile")))["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Website_must_be_a_web_address_and_working_days_real_days()
    {
        var school = await factory.RegisterSchoolAsync();
        var body = new { website = "javascript:alert(1)", eJournalUrl = "ftp://journal", timeZone = "Europe/Moscow", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 0, 8 } };
        var problem = await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"), System.Net.Http.Json.JsonContent.Create(body)),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["website"]);
        Assert.NotNull(problem["errors"]!["eJournalUrl"]);
        Assert.NotNull(problem["errors"]!["workingDays"]);
    }

    [Fact]
    public async Task Structure_completion_is_recorded_once()
    {
        var school = await factory.RegisterSchoolAsync();
        var first = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org("/structure/complete")), HttpStatusCode.OK);
        await Task.Delay(20);
        var second = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org("/structure/complete")), HttpStatusCode.OK);
        Assert.NotNull(first["structureCompletedAt"]);
        // Same moment (PostgreSQL keeps microseconds, .NET ticks are finer).
        Assert.Equal(first["structureCompletedAt"]!.GetValue<DateTime>(), second["structureCompletedAt"]!.GetValue<DateTime>(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Administrator_adds_a_second_administrator_who_claims_the_invitation()
    {
        var school = await factory.RegisterSchoolAsync();
        var phone = TestData.NewPhone();
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/administrators"),
            new { fullName = "Смирнова Ольга Ивановна", phone, email = "deputy@school.example.ru" }), HttpStatusCode.NoContent);

        var deputy = factory.NewClient();
        var token = await factory.InvitationTokenAsync(phone);
        var code = await factory.RequestCodeAsync(deputy, token, phone);
        var session = await ApiClient.ReadAsync(await deputy.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "deputy-pass-1" }), HttpStatusCode.OK);
        Assert.Equal("administrator", session["user"]!["organizations"]![0]!["role"]!.GetValue<string>());
        // ID-5: an administrator administers only with a second factor.
        await ApiClient.ProblemAsync(await deputy.GetAsync(school.Org("/staff")), HttpStatusCode.Forbidden, "two_factor_required");
        await deputy.EnableAuthenticatorAsync();
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync(school.Org("/staff"))).StatusCode);

        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/administrators"),
            new { fullName = "Смирнова Ольга Ивановна", phone, email = "deputy@school.example.ru" }), HttpStatusCode.BadRequest, "validation_failed");
    }
}
