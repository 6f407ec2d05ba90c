using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Server.Features.Security;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-8: deactivation by an administrator, «download my data», deletion with a grace period, a parent's consent.</summary>
public sealed class PersonalDataTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Deactivated_member_loses_access_at_once_and_the_history_stays()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var teacherMembership = setup.ClassTeacher.MembershipId;
        Assert.Equal(HttpStatusCode.OK, (await setup.ClassTeacher.Client.GetAsync(setup.School.Org("/classes"))).StatusCode);

        await ApiClient.ReadAsync(await setup.School.AdminClient.SendAsync(HttpMethod.Post, setup.School.Org($"/members/{teacherMembership}/deactivate")), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.GetAsync(setup.School.Org("/classes")), HttpStatusCode.NotFound, "organization_not_found");
        Assert.Empty((await setup.ClassTeacher.Client.SessionAsync())["user"]!["organizations"]!.AsArray());
        var staff = (await setup.School.AdminClient.GetJsonAsync(setup.School.Org("/staff"))).AsArray();
        Assert.True(staff.Single(s => s!["membershipId"]!.GetValue<Guid>() == teacherMembership)!["deactivated"]!.GetValue<bool>());

        // A link does not bring a deactivated person back in.
        var token = (await setup.School.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.PostJsonAsync($"/api/join/{token}", new { }), HttpStatusCode.Forbidden, "membership_deactivated");

        await ApiClient.ReadAsync(await setup.School.AdminClient.SendAsync(HttpMethod.Post, setup.School.Org($"/members/{teacherMembership}/reactivate")), HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.OK, (await setup.ClassTeacher.Client.GetAsync(setup.School.Org("/classes"))).StatusCode);
    }

    [Fact]
    public async Task Students_and_parents_are_deactivated_like_staff_and_are_told_their_access_was_closed()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var everyone = (await school.AdminClient.GetJsonAsync(school.Org("/people"))).AsArray();
        Guid MembershipOf(string name) => everyone.Single(p => p!["fullName"]!.GetValue<string>() == name)!["membershipId"]!.GetValue<Guid>();
        var (student, parent) = (MembershipOf("Козлов Миша"), MembershipOf("Козлова Анна Петровна"));

        foreach (var membership in new[] { student, parent })
            await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/members/{membership}/deactivate")), HttpStatusCode.NoContent);
        foreach (var client in new[] { family.Student, family.Parent })
        {
            // After signing in, the session points to the school that closed access, so the person is told why.
            var session = (await client.SessionAsync())["user"]!;
            Assert.Empty(session["organizations"]!.AsArray());
            Assert.Equal([school.OrganizationId], session["closedOrganizationIds"]!.AsArray().Select(id => id!.GetValue<Guid>()));
            var closed = await ApiClient.ProblemAsync(await client.GetAsync(school.Org()), HttpStatusCode.Forbidden, "membership_deactivated");
            Assert.Equal("Доступ к пространству школы закрыт", closed["title"]!.GetValue<string>());
            // Everything inside stays shut, with the outsider's answer.
            await ApiClient.ProblemAsync(await client.GetAsync(school.Org("/chats")), HttpStatusCode.NotFound, "organization_not_found");
        }
        // An outsider still learns nothing about the school.
        await ApiClient.ProblemAsync(await (await factory.RegisterSchoolAsync()).AdminClient.GetAsync(school.Org()), HttpStatusCode.NotFound, "organization_not_found");

        // The administrator finds them to give access back; nobody else sees deactivated people.
        Assert.DoesNotContain((await school.AdminClient.GetJsonAsync(school.Org("/people"))).AsArray(), p => p!["membershipId"]!.GetValue<Guid>() == student);
        var withDeactivated = (await school.AdminClient.GetJsonAsync(school.Org("/people?withDeactivated=true"))).AsArray();
        Assert.True(withDeactivated.Single(p => p!["membershipId"]!.GetValue<Guid>() == student)!["deactivated"]!.GetValue<bool>());
        Assert.DoesNotContain((await family.Teacher.GetJsonAsync(school.Org("/people?withDeactivated=true"))).AsArray(),
            p => p!["membershipId"]!.GetValue<Guid>() == student);

        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/members/{student}/reactivate")), HttpStatusCode.NoContent);
        Assert.Equal("student", (await family.Student.GetJsonAsync(school.Org()))["myRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task Administrator_cannot_lock_themselves_out_and_nobody_else_can_deactivate()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var adminMembership = factory.WithDb(db => db.Memberships.Single(m => m.OrganizationId == setup.School.OrganizationId && m.Role == Parta.Data.Entities.OrganizationRole.Administrator).Id);
        await ApiClient.ProblemAsync(await setup.School.AdminClient.SendAsync(HttpMethod.Post, setup.School.Org($"/members/{adminMembership}/deactivate")),
            HttpStatusCode.Conflict, "cannot_deactivate_self");
        await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.SendAsync(HttpMethod.Post, setup.School.Org($"/members/{adminMembership}/deactivate")),
            HttpStatusCode.Forbidden, "forbidden");
        var outsider = await factory.RegisterSchoolAsync();
        await ApiClient.ProblemAsync(await outsider.AdminClient.SendAsync(HttpMethod.Post, setup.School.Org($"/members/{setup.ClassTeacher.MembershipId}/deactivate")),
            HttpStatusCode.NotFound, "organization_not_found");
    }

    [Fact]
    public async Task Person_downloads_their_data_as_a_zip()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var response = await setup.ClassTeacher.Client.GetAsync("/api/account/export");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var json = JsonNode.Parse(await new StreamReader(zip.GetEntry("account.json")!.Open()).ReadToEndAsync())!;
        Assert.Equal("Петров Иван Сергеевич", json["account"]!["fullName"]!.GetValue<string>());
        Assert.Equal(setup.ClassTeacher.Credentials.Login, json["account"]!["phone"]!.GetValue<string>());
        Assert.Equal("classTeacher", json["memberships"]![0]!["position"]!.GetValue<string>());
        Assert.NotEmpty(json["sessions"]!.AsArray());
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync("/api/account/export"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Export_holds_the_persons_messages_votes_and_reactions_and_nobody_elses()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var teachersSeq = (await family.Teacher.PostMessageAsync(family.School, chatId, "Завтра контрольная, только для класса"))["seq"]!.GetValue<long>();
        await family.Student.PostMessageAsync(family.School, chatId, "Я приду пораньше");
        var poll = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/polls"),
            new { clientId = Guid.NewGuid(), question = "Куда поедем?", options = new[] { "Музей", "Театр" } }), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, family.School.Org($"/chats/{chatId}/polls/{poll["poll"]!["id"]}/vote"),
            System.Net.Http.Json.JsonContent.Create(new { options = new[] { 1 } })), HttpStatusCode.OK);
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, family.School.Org($"/chats/{chatId}/messages/{teachersSeq}/reaction"),
            System.Net.Http.Json.JsonContent.Create(new { emoji = "👍" })), HttpStatusCode.OK);

        var files = await ExportAsync(family.Student);
        Assert.Equal(["README.txt", "account.json", "comments.json", "messages.json", "poll-votes.json", "reactions.json"], files.Keys.Order(StringComparer.Ordinal));
        var message = Assert.Single(JsonNode.Parse(files["messages.json"])!.AsArray())!;
        Assert.Equal("Я приду пораньше", message["text"]!.GetValue<string>());
        Assert.StartsWith("5А — ", message["chat"]!.GetValue<string>()); // named as people know it, not by an id
        Assert.DoesNotContain("контрольная", files["messages.json"]);
        var vote = Assert.Single(JsonNode.Parse(files["poll-votes.json"])!.AsArray())!;
        Assert.Equal(("Куда поедем?", "Театр"), (vote["question"]!.GetValue<string>(), vote["answer"]!.GetValue<string>()));
        var reaction = Assert.Single(JsonNode.Parse(files["reactions.json"])!.AsArray())!;
        Assert.Equal(("👍", teachersSeq), (reaction["emoji"]!.GetValue<string>(), reaction["messageNumber"]!.GetValue<long>()));
        Assert.DoesNotContain("контрольная", files["reactions.json"]);
        Assert.Contains("messages.json", files["README.txt"]);
        Assert.NotEmpty(JsonNode.Parse(files["account.json"])!["sessions"]!.AsArray()[0]!["device"]!.GetValue<string>());

        // The export takes no one's id: each person's holds their own, and the parent's has none of the student's words.
        var parents = await ExportAsync(family.Parent);
        Assert.Empty(JsonNode.Parse(parents["messages.json"])!.AsArray());
        Assert.Empty(JsonNode.Parse(parents["poll-votes.json"])!.AsArray());
        Assert.DoesNotContain("Я приду пораньше", string.Concat(parents.Values));
    }

    private static async Task<Dictionary<string, string>> ExportAsync(ApiClient client)
    {
        var response = await client.GetAsync("/api/account/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries) files[entry.FullName] = await new StreamReader(entry.Open()).ReadToEndAsync();
        return files;
    }

    [Fact]
    public async Task Deletion_waits_for_the_grace_period_can_be_cancelled_and_then_anonymises()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var teacher = setup.ClassTeacher;
        await ApiClient.ProblemAsync(await teacher.Client.PostJsonAsync("/api/account/deletion", new { password = "wrong-pass-1" }), HttpStatusCode.BadRequest, "validation_failed");
        var requested = await ApiClient.ReadAsync(await teacher.Client.PostJsonAsync("/api/account/deletion", new { password = teacher.Credentials.Password }), HttpStatusCode.OK);
        Assert.True(requested["deleteAfter"]!.GetValue<DateTime>() > DateTime.UtcNow.AddDays(29));
        var cancelled = await ApiClient.ReadAsync(await teacher.Client.SendAsync(HttpMethod.Delete, "/api/account/deletion"), HttpStatusCode.OK);
        Assert.Null(cancelled["requestedAt"]);

        await ApiClient.ReadAsync(await teacher.Client.PostJsonAsync("/api/account/deletion", new { password = teacher.Credentials.Password }), HttpStatusCode.OK);
        var sweeper = factory.Services.GetRequiredService<AccountDeletionSweeper>();
        await sweeper.SweepAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await teacher.Client.GetAsync("/api/account/sessions")).StatusCode); // still within the grace period

        var phone = teacher.Credentials.Login;
        await factory.WithDbAsync(db => db.Users.Where(u => u.PhoneNumber == phone)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DeletionRequestedAt, DateTime.UtcNow.AddDays(-31))));
        Assert.True(await sweeper.SweepAsync(CancellationToken.None) >= 1);

        await ApiClient.ProblemAsync(await teacher.Client.GetAsync("/api/account/sessions"), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/session/sign-in", new { login = phone, password = teacher.Credentials.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        var staff = (await setup.School.AdminClient.GetJsonAsync(setup.School.Org("/staff"))).AsArray();
        var gone = staff.Single(s => s!["membershipId"]!.GetValue<Guid>() == teacher.MembershipId)!;
        Assert.Equal("Удалённый пользователь", gone["fullName"]!.GetValue<string>());
        Assert.True(gone["deactivated"]!.GetValue<bool>());
        Assert.Null(gone["phone"]);
    }

    [Fact]
    public async Task Parent_link_needs_consent_and_records_it()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (_, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Согласный Ребёнок");
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Согласный Родитель");
        var child = (await parent.GetJsonAsync(setup.School.Org("/family")))["parentOf"]![0]!["students"]![0]!["membershipId"]!.GetValue<Guid>();
        await ApiClient.ProblemAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = child }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = child, consent = true }), HttpStatusCode.Created);
        Assert.True(factory.WithDb(db => db.Guardianships.Single(g => g.StudentMembershipId == child).ConsentGivenAt) > DateTime.UtcNow.AddMinutes(-5));
    }
}
