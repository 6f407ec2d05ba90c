using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// The closed space: anonymous callers, an applicant and the administrator of another school get nothing
/// from the operator area, the documents or other people's applications and organizations.
/// </summary>
public sealed class AccessTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    public enum Caller { Anonymous, Applicant, OtherSchoolAdministrator }

    private static readonly string[] OperatorReads =
    [
        "/api/operator/applications",
        "/api/operator/applications/{id}",
        "/api/operator/applications/{id}/document",
        "/api/operator/outbox",
    ];

    private async Task<ApiClient> ClientAsync(Caller caller) => caller switch
    {
        Caller.Anonymous => factory.NewClient(),
        Caller.Applicant => await ApplicantAsync(),
        Caller.OtherSchoolAdministrator => (await factory.RegisterSchoolAsync()).AdminClient,
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    private async Task<ApiClient> ApplicantAsync()
    {
        var applicant = factory.NewClient();
        await applicant.SubmitApplicationAsync();
        return applicant;
    }

    public static TheoryData<Caller> Callers() => new(Enum.GetValues<Caller>());

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Operator_area_is_closed_to(Caller caller)
    {
        var (id, _) = await factory.NewClient().SubmitApplicationAsync();
        var client = await ClientAsync(caller);
        var anonymous = caller is Caller.Anonymous or Caller.Applicant;
        var expected = anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        var code = anonymous ? "unauthenticated" : "forbidden";

        foreach (var url in OperatorReads)
            await ApiClient.ProblemAsync(await client.GetAsync(url.Replace("{id}", id.ToString())), expected, code);
        await ApiClient.ProblemAsync(await client.SendAsync(HttpMethod.Post, $"/api/operator/applications/{id}/approve"), expected, code);
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/operator/applications/{id}/reject", new { reason = "нет" }), expected, code);
        Assert.Equal(Parta.Data.Entities.ApplicationStatus.Pending, factory.WithDb(db => db.Applications.Single(a => a.Id == id).Status));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Another_schools_space_is_invisible_to(Caller caller)
    {
        var school = await factory.RegisterSchoolAsync();
        var client = await ClientAsync(caller);
        var response = await client.GetAsync($"/api/organizations/{school.OrganizationId}");
        // An applicant has no account: like any anonymous caller, they are asked to sign in.
        if (caller is Caller.Anonymous or Caller.Applicant) await ApiClient.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        else await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound, "organization_not_found");
    }

    [Theory]
    [InlineData("/api/account/phone/codes", "{\"newPhone\": \"+79120000000\"}")]
    [InlineData("/api/account/phone", "{\"newPhone\": \"+79120000000\", \"currentPhoneCode\": \"123456\", \"newPhoneCode\": \"123456\"}")]
    public async Task Account_security_actions_need_a_signed_in_person(string url, string body)
    {
        var before = factory.WithDb(db => db.Outbox.Count());
        await ApiClient.ProblemAsync(await factory.NewClient().SendAsync(HttpMethod.Post, url, new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(before, factory.WithDb(db => db.Outbox.Count()));
    }

    [Fact]
    public async Task Application_is_visible_only_through_its_own_tracking_link()
    {
        var (_, token) = await factory.NewClient().SubmitApplicationAsync();
        var (_, otherToken) = await factory.NewClient().SubmitApplicationAsync();
        Assert.NotEqual(token, otherToken);
        // A token is 24 random bytes; a near miss finds nothing.
        var nearMiss = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/applications/track/{nearMiss}"), HttpStatusCode.NotFound, "application_not_found");
    }

    [Fact]
    public async Task Signed_out_session_cookie_stops_working_at_once()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        var bare = factory.Server.CreateClient();
        var (cookies, csrf) = await SignInByHandAsync(bare, teacher.Credentials);
        var organizationUrl = $"/api/organizations/{school.OrganizationId}";
        Assert.Equal(HttpStatusCode.OK, (await bare.SendAsync(WithCookies(HttpMethod.Get, organizationUrl, cookies))).StatusCode);

        var signOut = WithCookies(HttpMethod.Post, "/api/session/sign-out", cookies);
        signOut.Headers.Add("X-CSRF-TOKEN", csrf);
        await ApiClient.ReadAsync(await bare.SendAsync(signOut), HttpStatusCode.NoContent);

        // A copy of the cookie kept by an attacker is worthless: the session lives on the server and is gone.
        await ApiClient.ProblemAsync(await bare.SendAsync(WithCookies(HttpMethod.Get, organizationUrl, cookies)), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    private static HttpRequestMessage WithCookies(HttpMethod method, string url, string cookies)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        return request;
    }

    /// <summary>Signs in on a client without a cookie jar and returns the cookies a browser would keep.</summary>
    private static async Task<(string Cookies, string Csrf)> SignInByHandAsync(HttpClient bare, Credentials credentials)
    {
        var session = await bare.GetAsync("/api/session");
        var csrfCookie = session.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("parta.csrf="));
        var token = (await ApiClient.ReadAsync(session, HttpStatusCode.OK))["csrfToken"]!.GetValue<string>();
        var request = WithCookies(HttpMethod.Post, "/api/session/sign-in", csrfCookie);
        request.Content = System.Net.Http.Json.JsonContent.Create(new { login = credentials.Login, password = credentials.Password });
        request.Headers.Add("X-CSRF-TOKEN", token);
        var signedIn = await bare.SendAsync(request);
        var body = await ApiClient.ReadAsync(signedIn, HttpStatusCode.OK);
        var sessionCookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("parta.session="));
        return ($"{csrfCookie}; {sessionCookie}", body["csrfToken"]!.GetValue<string>());
    }
}
