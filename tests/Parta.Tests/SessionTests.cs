using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Sign-in by phone or e-mail, lock-out after repeated failures, anti-forgery.</summary>
public sealed class SessionTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Administrator_signs_in_by_phone_in_any_spelling_and_by_email()
    {
        var fields = TestData.ApplicationFields();
        var school = await factory.RegisterSchoolAsync(fields);
        var phone = school.Admin.Login;
        var spelled = $"8 ({phone[2..5]}) {phone[5..8]}-{phone[8..10]}-{phone[10..]}";

        Assert.True((await factory.NewClient().SignInAsync(spelled, school.Admin.Password, school.Admin.AuthenticatorKey))["authenticated"]!.GetValue<bool>());
        Assert.True((await factory.NewClient().SignInAsync(fields["adminEmail"].ToUpperInvariant(), school.Admin.Password, school.Admin.AuthenticatorKey))["authenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_telling_whether_the_account_exists()
    {
        var school = await factory.RegisterSchoolAsync();
        var client = factory.NewClient();
        var wrongPassword = await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = "wrong-pass-1" }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        var noAccount = await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = TestData.NewPhone(), password = "wrong-pass-1" }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(wrongPassword["title"]!.GetValue<string>(), noAccount["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var school = await factory.RegisterSchoolAsync();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
            await client.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = $"guess-{i}-x" });
        var problem = await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = school.Admin.Login, password = school.Admin.Password }),
            (HttpStatusCode)423, "locked_out");
        Assert.Contains("15 минут", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task First_start_link_creates_the_operator_once()
    {
        await factory.OperatorAsync();
        await ApiClient.ProblemAsync(await factory.NewClient().PostJsonAsync("/api/setup/operator",
            new { token = "anything", fullName = "Второй", email = "x@y.ru", phone = TestData.NewPhone(), password = "password-1" }),
            HttpStatusCode.NotFound, "setup_token_invalid");
        Assert.Equal(0, factory.WithDb(db => db.OperatorSetupTokens.Count()));
        Assert.Equal(1, factory.WithDb(db => db.Users.Count(u => u.IsOperator)));
    }

    [Fact]
    public async Task Anti_forgery_token_of_an_anonymous_page_does_not_work_after_sign_in_as_someone_else()
    {
        var school = await factory.RegisterSchoolAsync();
        var client = factory.NewClient();
        var anonymous = (await client.SessionAsync())["csrfToken"]!.GetValue<string>();
        await client.SignInAsync(school.Admin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/sign-out");
        request.Headers.Add("X-CSRF-TOKEN", anonymous);
        await ApiClient.ProblemAsync(await client.Http.SendAsync(request), HttpStatusCode.BadRequest, "csrf_invalid");
    }
}
