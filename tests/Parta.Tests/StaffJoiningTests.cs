using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Invitation links for staff and teacher verification (ID-2).</summary>
public sealed class StaffJoiningTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Teacher_joins_by_link_waits_unverified_and_becomes_a_teacher_when_confirmed()
    {
        var school = await factory.RegisterSchoolAsync();
        var fifthA = await school.CreateClassAsync(5, "А");
        var math = await school.CreateSubjectAsync("Математика");
        var teacher = await factory.JoinAsStaffAsync(school);

        var session = await teacher.Client.SessionAsync();
        var membership = session["user"]!["organizations"]![0]!;
        Assert.Equal("teacher", membership["role"]!.GetValue<string>());
        Assert.False(membership["verified"]!.GetValue<bool>());
        // Unverified: no structure of the school is visible yet.
        await ApiClient.ProblemAsync(await teacher.Client.GetAsync(school.Org("/classes")), HttpStatusCode.Forbidden, "forbidden");

        var pending = (await school.AdminClient.GetJsonAsync(school.Org("/staff"))).AsArray();
        Assert.Equal(teacher.MembershipId, pending[0]!["membershipId"]!.GetValue<Guid>());
        Assert.False(pending[0]!["verified"]!.GetValue<bool>());

        await school.VerifyAsync(teacher, "classTeacher", [math], [fifthA]);
        Assert.True((await teacher.Client.SessionAsync())["user"]!["organizations"]![0]!["verified"]!.GetValue<bool>());
        Assert.Equal("5А", (await teacher.Client.GetJsonAsync(school.Org("/classes"))).AsArray().Single()!["name"]!.GetValue<string>());
        var verified = (await school.AdminClient.GetJsonAsync(school.Org("/staff"))).AsArray().Single(s => s!["membershipId"]!.GetValue<Guid>() == teacher.MembershipId)!;
        Assert.Equal("classTeacher", verified["position"]!.GetValue<string>());
        Assert.Equal(math, verified["subjectIds"]![0]!.GetValue<Guid>());
        Assert.Equal(fifthA, verified["classIds"]![0]!.GetValue<Guid>());

        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/staff/{teacher.MembershipId}/revoke-verification")), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await teacher.Client.GetAsync(school.Org("/classes")), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Link_shows_who_joined_through_it_and_a_used_up_link_admits_nobody_more()
    {
        var school = await factory.RegisterSchoolAsync();
        var link = await school.CreateStaffLinkAsync(maxUses: 1);
        var token = link["token"]!.GetValue<string>();
        await factory.JoinAsStaffAsync(school, token);

        var listed = (await school.AdminClient.GetJsonAsync(school.Org("/join-links"))).AsArray().Single()!;
        Assert.Equal(1, listed["uses"]!.GetValue<int>());
        Assert.Equal("usedUp", listed["state"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/join/{token}"), HttpStatusCode.Gone, "join_link_used_up");
    }

    [Fact]
    public async Task Revoked_and_expired_links_are_refused_with_what_to_do()
    {
        var school = await factory.RegisterSchoolAsync();
        var revoked = await school.CreateStaffLinkAsync();
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, school.Org($"/join-links/{revoked["id"]}/revoke")), HttpStatusCode.OK);
        var problem = await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/join/{revoked["token"]}"), HttpStatusCode.Gone, "join_link_revoked");
        Assert.Contains("администратора", problem["title"]!.GetValue<string>());

        var expired = await school.CreateStaffLinkAsync();
        var expiredId = expired["id"]!.GetValue<Guid>();
        await factory.WithDbAsync(db => db.JoinLinks.Where(l => l.Id == expiredId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync($"/api/join/{expired["token"]}/code", new { phone = TestData.NewPhone() }),
            HttpStatusCode.Gone, "join_link_expired");
    }

    [Fact]
    public async Task Signed_in_person_joins_a_second_school_with_the_same_account()
    {
        var first = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(first);
        var second = await factory.RegisterSchoolAsync(WithName("Гимназия № 5"));
        var token = (await second.CreateStaffLinkAsync())["token"]!.GetValue<string>();

        var session = await ApiClient.ReadAsync(await teacher.Client.PostJsonAsync($"/api/join/{token}", new { }), HttpStatusCode.OK);
        Assert.Equal(2, session["user"]!["organizations"]!.AsArray().Count);
        await ApiClient.ProblemAsync(await teacher.Client.PostJsonAsync($"/api/join/{token}", new { }), HttpStatusCode.Conflict, "already_member");
        Assert.Equal(1, factory.WithDb(db => db.Users.Count(u => u.PhoneNumber == teacher.Credentials.Login)));
    }

    [Fact]
    public async Task Wrong_codes_end_after_five_tries_and_nothing_is_created()
    {
        var school = await factory.RegisterSchoolAsync();
        var token = (await school.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        var client = factory.NewClient();
        var phone = TestData.NewPhone();
        var code = await factory.RequestJoinCodeAsync(client, token, phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
            await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/join/{token}", new { fullName = "Подбор Кода", phone, code = wrong, password = "guess-pass-1" }),
                HttpStatusCode.BadRequest, "validation_failed");
        var last = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/join/{token}", new { fullName = "Подбор Кода", phone, code, password = "guess-pass-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("получите новый код", last["errors"]!["code"]![0]!.GetValue<string>());
        Assert.Equal(0, factory.WithDb(db => db.Users.Count(u => u.PhoneNumber == phone)));
        Assert.Equal(0, factory.WithDb(db => db.JoinLinks.Single(l => l.Token == token).Uses));
    }

    [Fact]
    public async Task A_code_is_used_once()
    {
        var school = await factory.RegisterSchoolAsync();
        var token = (await school.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        var client = factory.NewClient();
        var phone = TestData.NewPhone();
        var code = await factory.RequestJoinCodeAsync(client, token, phone);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/join/{token}", new { fullName = "Сидорова Анна", phone, code, password = "anna-pass-1" }), HttpStatusCode.OK);
        var again = factory.NewClient();
        await ApiClient.ProblemAsync(await again.PostJsonAsync($"/api/join/{token}", new { fullName = "Сидорова Анна", phone, code, password = "anna-pass-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    private static Dictionary<string, string> WithName(string shortName)
    {
        var fields = TestData.ApplicationFields();
        fields["shortName"] = shortName;
        return fields;
    }
}
