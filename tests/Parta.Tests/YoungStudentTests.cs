using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Parta.Data.Entities;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-3: a young student registers with a parent's e-mail and waits until the parent confirms.</summary>
public sealed class YoungStudentTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private async Task<(ClassSetup Setup, string Token)> PrimaryClassAsync()
    {
        var setup = await factory.ClassWithTeacherAsync(grade: 2, letter: "Б");
        await ApiClient.ReadAsync(await setup.School.AdminClient.SendAsync(HttpMethod.Put, setup.School.Org("/profile"), JsonContent.Create(new
        {
            timeZone = "Europe/Moscow", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 1, 2, 3, 4, 5 }, primaryGradesOpen = true,
        })), HttpStatusCode.OK);
        return (setup, await setup.ClassLinkAsync("classStudents"));
    }

    [Fact]
    public async Task Young_student_waits_for_the_parent_who_confirms_from_the_e_mailed_link()
    {
        var (setup, token) = await PrimaryClassAsync();
        var parentEmail = $"mama{Random.Shared.Next()}@mail.example.ru";
        var registered = await ApiClient.ReadAsync(await factory.NewClient().PostJsonAsync($"/api/join/{token}/young",
            new { fullName = "Лисицына Варя", parentEmail, password = "varya-pass-2" }), HttpStatusCode.OK);
        var login = registered["login"]!.GetValue<string>();
        Assert.StartsWith("uchenik-", login);

        var child = factory.NewClient();
        var session = await child.SignInAsync(login, "varya-pass-2");
        Assert.False(session["user"]!["organizations"]![0]!["verified"]!.GetValue<bool>());
        await ApiClient.ProblemAsync(await child.GetAsync(setup.School.Org("/family")), HttpStatusCode.NotFound, "organization_not_found");

        var mail = factory.WithDb(db => db.Outbox.Single(m => m.To == parentEmail && m.Channel == MessageChannel.Email));
        Assert.Contains(login, mail.Body);
        var consentToken = Regex.Match(mail.Body, @"/consent/([A-Za-z0-9_\-]+)").Groups[1].Value;
        var pending = await factory.NewClient().GetJsonAsync($"/api/consent/{consentToken}");
        Assert.Equal("Лисицына Варя", pending["childName"]!.GetValue<string>());
        Assert.Equal("2Б", pending["className"]!.GetValue<string>());

        var parent = factory.NewClient();
        await ApiClient.ProblemAsync(await parent.PostJsonAsync($"/api/consent/{consentToken}", new { consent = false }), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await parent.PostJsonAsync($"/api/consent/{consentToken}", new { consent = true }), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await parent.PostJsonAsync($"/api/consent/{consentToken}", new { consent = true }), HttpStatusCode.NotFound, "consent_not_found");

        Assert.Equal("2Б", (await child.GetJsonAsync(setup.School.Org("/family")))["studentClassName"]!.GetValue<string>());
        Assert.NotNull(factory.WithDb(db => db.Memberships.Single(m => m.OrganizationId == setup.School.OrganizationId && m.Role == OrganizationRole.Student).ParentConsentGivenAt));
    }

    [Fact]
    public async Task Older_classes_register_with_their_own_phone_not_a_parents_e_mail()
    {
        var setup = await factory.ClassWithTeacherAsync(grade: 6, letter: "А");
        var token = await setup.ClassLinkAsync("classStudents");
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync($"/api/join/{token}/young",
            new { fullName = "Старший Ученик", parentEmail = "p@mail.example.ru", password = "older-pass-1" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(0, factory.WithDb(db => db.Users.Count(u => u.FullName == "Старший Ученик")));
    }

    [Fact]
    public async Task Forged_consent_link_finds_nothing()
    {
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync("/api/consent/forged"), HttpStatusCode.NotFound, "consent_not_found");
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/consent/forged", new { consent = true }), HttpStatusCode.NotFound, "consent_not_found");
    }
}
