using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-6: a person sees their sessions, ends one or all others, and a password change ends the others.</summary>
public sealed class SessionManagementTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private async Task<(School School, ApiClient Phone)> SchoolWithSecondDeviceAsync()
    {
        var school = await factory.RegisterSchoolAsync();
        var phone = factory.NewClient();
        phone.Http.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36");
        await phone.SignInAsync(school.Admin);
        // The phone uses its session once, so the node holds it in its session cache when it is ended.
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/account/sessions")).StatusCode);
        return (school, phone);
    }

    [Fact]
    public async Task Person_sees_each_device_and_which_one_is_this()
    {
        var (school, _) = await SchoolWithSecondDeviceAsync();
        var sessions = (await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray();
        Assert.Equal(2, sessions.Count);
        Assert.True(sessions[0]!["current"]!.GetValue<bool>());
        Assert.Contains(sessions, s => s!["device"]!.GetValue<string>() == "Chrome, Android" && !s["current"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Ending_a_session_stops_that_device_at_once()
    {
        var (school, phone) = await SchoolWithSecondDeviceAsync();
        var other = (await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray().Single(s => !s!["current"]!.GetValue<bool>())!;
        await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Delete, $"/api/account/sessions/{other["id"]}"), HttpStatusCode.NoContent);

        await ApiClient.ProblemAsync(await phone.GetAsync($"/api/organizations/{school.OrganizationId}"), HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(HttpStatusCode.OK, (await school.AdminClient.GetAsync($"/api/organizations/{school.OrganizationId}")).StatusCode);
    }

    [Fact]
    public async Task Nobody_can_end_someone_elses_session()
    {
        var (school, _) = await SchoolWithSecondDeviceAsync();
        var stranger = await factory.RegisterSchoolAsync();
        var victim = (await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray()[0]!["id"]!.GetValue<Guid>();
        await ApiClient.ProblemAsync(await stranger.AdminClient.SendAsync(HttpMethod.Delete, $"/api/account/sessions/{victim}"), HttpStatusCode.NotFound, "session_not_found");
        Assert.Equal(2, (await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray().Count);
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync("/api/account/sessions"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task End_all_others_keeps_only_this_device()
    {
        var (school, phone) = await SchoolWithSecondDeviceAsync();
        var ended = await ApiClient.ReadAsync(await school.AdminClient.SendAsync(HttpMethod.Post, "/api/account/sessions/end-others"), HttpStatusCode.OK);
        Assert.Equal(1, ended["ended"]!.GetValue<int>());
        await ApiClient.ProblemAsync(await phone.GetAsync("/api/account/sessions"), HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Single((await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray());
    }

    [Fact]
    public async Task Password_change_ends_other_sessions_and_keeps_this_one()
    {
        var (school, phone) = await SchoolWithSecondDeviceAsync();
        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync("/api/account/password", new { currentPassword = "wrong-pass-1", newPassword = "new-pass-2026" }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync("/api/account/password", new { currentPassword = school.Admin.Password, newPassword = "new-pass-2026" }),
            HttpStatusCode.OK);

        await ApiClient.ProblemAsync(await phone.GetAsync("/api/account/sessions"), HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Single((await school.AdminClient.GetJsonAsync("/api/account/sessions")).AsArray());
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        await factory.NewClient().SignInAsync(school.Admin.Login, "new-pass-2026", school.Admin.AuthenticatorKey);
    }
}
