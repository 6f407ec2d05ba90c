using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ID-5: authenticator app with recovery codes, SMS and e-mail codes at sign-in, and administrators bound to a second factor.</summary>
public sealed class TwoFactorTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Sign_in_with_an_authenticator_asks_for_the_code_and_refuses_a_wrong_one()
    {
        var school = await factory.RegisterSchoolAsync();
        var client = factory.NewClient();
        var half = await ApiClient.ReadAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password }), HttpStatusCode.OK);
        Assert.True(half["twoFactorRequired"]!.GetValue<bool>());
        Assert.False(half["authenticated"]!.GetValue<bool>());
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/organizations/{school.OrganizationId}"), HttpStatusCode.Unauthorized, "unauthenticated");

        await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/two-factor", new { method = "authenticator", code = "000000" }), HttpStatusCode.BadRequest, "validation_failed");
        var session = await ApiClient.ReadAsync(await client.PostJsonAsync("/api/session/two-factor",
            new { method = "authenticator", code = Totp.Code(school.Admin.AuthenticatorKey!) }), HttpStatusCode.OK);
        Assert.True(session["authenticated"]!.GetValue<bool>());
        Assert.True(session["user"]!["twoFactorEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Second_factor_by_sms_code_and_by_a_recovery_code_that_works_once()
    {
        var school = await factory.RegisterSchoolAsync();
        // New recovery codes for the test: enrol again on the signed-in client.
        var key = await school.AdminClient.EnableAuthenticatorAsync();
        var status = await school.AdminClient.GetJsonAsync("/api/account/two-factor");
        Assert.True(status["enabled"]!.GetValue<bool>());
        Assert.Equal(10, status["recoveryCodesLeft"]!.GetValue<int>());

        var bySms = factory.NewClient();
        await bySms.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password });
        await ApiClient.ReadAsync(await bySms.SendAsync(HttpMethod.Post, "/api/session/two-factor/sms"), HttpStatusCode.NoContent);
        var sms = await factory.LatestSmsAsync(school.Admin.Login, "код для входа");
        var code = System.Text.RegularExpressions.Regex.Match(sms, @"(\d{6})").Groups[1].Value;
        var smsResult = await bySms.PostJsonAsync("/api/session/two-factor", new { method = "sms", code });
        Assert.True(smsResult.StatusCode == HttpStatusCode.OK, $"sms step: {sms} → {await smsResult.Content.ReadAsStringAsync()}");

        var recovery = await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync("/api/account/two-factor/enable", new { code = Totp.Code(key) }), HttpStatusCode.OK);
        var recoveryCode = recovery["recoveryCodes"]![0]!.GetValue<string>();
        var lostPhone = factory.NewClient();
        await lostPhone.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password });
        await ApiClient.ReadAsync(await lostPhone.PostJsonAsync("/api/session/two-factor", new { method = "recovery", code = recoveryCode }), HttpStatusCode.OK);
        var again = factory.NewClient();
        await again.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password });
        await ApiClient.ProblemAsync(await again.PostJsonAsync("/api/session/two-factor", new { method = "recovery", code = recoveryCode }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Second_factor_by_an_emailed_code_to_a_confirmed_address_and_a_wrong_one_is_refused()
    {
        var school = await factory.RegisterSchoolAsync();
        var (parent, credentials) = await factory.EmailOnlyParentAsync(school);
        await parent.EnableAuthenticatorAsync();

        var client = factory.NewClient();
        var half = await ApiClient.ReadAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = credentials.Login, password = credentials.Password }), HttpStatusCode.OK);
        Assert.True(half["twoFactorRequired"]!.GetValue<bool>());
        await ApiClient.ReadAsync(await client.SendAsync(HttpMethod.Post, "/api/session/two-factor/email"), HttpStatusCode.NoContent);
        var code = System.Text.RegularExpressions.Regex.Match(await factory.LatestEmailAsync(credentials.Login, "Код для входа"), @"(\d{6})").Groups[1].Value;
        var wrong = code == "000000" ? "111111" : "000000";
        await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/two-factor", new { method = "email", code = wrong }), HttpStatusCode.BadRequest, "validation_failed");
        // The e-mail code is not an SMS code: the method names the provider that checks it.
        await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/two-factor", new { method = "sms", code }), HttpStatusCode.BadRequest, "validation_failed");
        var session = await ApiClient.ReadAsync(await client.PostJsonAsync("/api/session/two-factor", new { method = "email", code }), HttpStatusCode.OK);
        Assert.True(session["authenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Emailed_code_is_refused_clearly_when_the_address_is_not_confirmed()
    {
        // The administrator's e-mail came from the application form: never proven, so no codes go there.
        var school = await factory.RegisterSchoolAsync();
        var client = factory.NewClient();
        await client.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password });
        var problem = await ApiClient.ProblemAsync(await client.SendAsync(HttpMethod.Post, "/api/session/two-factor/email"), HttpStatusCode.Conflict, "email_unavailable");
        Assert.Contains("почт", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Second_factor_step_without_a_password_first_is_refused()
    {
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/session/two-factor", new { method = "authenticator", code = "123456" }),
            HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Administrator_without_a_second_factor_cannot_administer_until_enrolled()
    {
        var school = await factory.RegisterSchoolAsync();
        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync("/api/account/two-factor/disable", new { password = "wrong-pass-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync("/api/account/two-factor/disable", new { password = school.Admin.Password }), HttpStatusCode.NoContent);
        var problem = await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { grade = 5, letter = "А" }),
            HttpStatusCode.Forbidden, "two_factor_required");
        Assert.Contains("второй фактор", problem["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await school.AdminClient.GetAsync(school.Org("/profile"))).StatusCode); // reading stays open

        await ApiClient.ProblemAsync(await school.AdminClient.PostJsonAsync("/api/account/two-factor/enable", new { code = "123456" }), HttpStatusCode.BadRequest, "validation_failed");
        await school.AdminClient.EnableAuthenticatorAsync();
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { grade = 5, letter = "А" }), HttpStatusCode.Created);
    }
}
