using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>The provider for the OIDC tests: a real OpenIddict server on loopback, and Parta configured to use it.</summary>
public sealed class ExternalProviderFactory : PartaFactory, IAsyncLifetime
{
    public TestIdentityProvider IdentityProvider { get; private set; } = null!;

    public async Task InitializeAsync() => IdentityProvider = await TestIdentityProvider.StartAsync("http://localhost/signin-oidc");

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("ExternalSignIn:Authority", IdentityProvider.Authority), new("ExternalSignIn:ClientId", "parta"),
        new("ExternalSignIn:ClientSecret", "parta-secret"), new("ExternalSignIn:RequireHttpsMetadata", "false"),
    ];

    async Task IAsyncLifetime.DisposeAsync() => await IdentityProvider.DisposeAsync();
}

/// <summary>ID-5: sign-in through an external OpenID Connect provider (ЕСИА/VK ID) for people who already have an account.</summary>
public sealed class ExternalSignInTests(ExternalProviderFactory factory) : IClassFixture<ExternalProviderFactory>
{
    /// <summary>Walks the browser's redirects: Parta → provider → Parta's callback → Parta's completion.</summary>
    private async Task<string> SignInThroughProviderAsync(ApiClient parta)
    {
        var start = await parta.Http.GetAsync("/api/session/external/oidc");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var authorize = await browser.GetAsync(start.Headers.Location);
        Assert.True(authorize.StatusCode == HttpStatusCode.Redirect, await authorize.Content.ReadAsStringAsync());
        var callback = authorize.Headers.Location!;
        Assert.StartsWith("http://localhost/signin-oidc", callback.ToString());
        var redeemed = await parta.Http.GetAsync(callback.PathAndQuery);
        Assert.True(redeemed.StatusCode == HttpStatusCode.Redirect, await redeemed.Content.ReadAsStringAsync());
        var completed = await parta.Http.GetAsync(redeemed.Headers.Location!.OriginalString);
        return completed.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Teacher_with_a_verified_phone_signs_in_through_the_provider_and_stays_linked()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        factory.IdentityProvider.NextPerson = ("esia-1001", teacher.Credentials.Login, true);

        var first = factory.NewClient();
        Assert.Equal("/", await SignInThroughProviderAsync(first));
        Assert.True((await first.SessionAsync())["authenticated"]!.GetValue<bool>());

        // Linked now: the same provider account signs in even if the provider stops sending the phone.
        factory.IdentityProvider.NextPerson = ("esia-1001", "+79000000000", false);
        var second = factory.NewClient();
        Assert.Equal("/", await SignInThroughProviderAsync(second));
        Assert.Equal(teacher.Credentials.Login, factory.WithDb(db => db.Users.Single(u => db.UserLogins.Any(l => l.UserId == u.Id && l.ProviderKey == "esia-1001")).PhoneNumber));
    }

    [Fact]
    public async Task Unknown_person_or_an_unverified_phone_gets_no_account()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        factory.IdentityProvider.NextPerson = ("esia-2002", teacher.Credentials.Login, false);
        var client = factory.NewClient();
        Assert.Equal("/login?external=unknown", await SignInThroughProviderAsync(client));
        Assert.False((await client.SessionAsync())["authenticated"]!.GetValue<bool>());

        factory.IdentityProvider.NextPerson = ("esia-2003", TestData.NewPhone(), true);
        Assert.Equal("/login?external=unknown", await SignInThroughProviderAsync(factory.NewClient()));
        Assert.Equal(0, factory.WithDb(db => db.UserLogins.Count(l => l.ProviderKey == "esia-2002" || l.ProviderKey == "esia-2003")));
    }

    [Fact]
    public async Task Administrator_signing_in_through_the_provider_still_needs_the_second_factor()
    {
        var school = await factory.RegisterSchoolAsync();
        factory.IdentityProvider.NextPerson = ("esia-3003", school.Admin.Login, true);
        var client = factory.NewClient();
        Assert.Equal("/login?second-factor=1", await SignInThroughProviderAsync(client));
        await ApiClient.ReadAsync(await client.PostJsonAsync("/api/session/two-factor", new { method = "authenticator", code = Totp.Code(school.Admin.AuthenticatorKey!) }),
            HttpStatusCode.OK);
        Assert.True((await client.SessionAsync())["authenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Provider_list_names_the_configured_provider()
    {
        var providers = (await factory.NewClient().GetJsonAsync("/api/session/external")).AsArray();
        Assert.Equal("Госуслуги", Assert.Single(providers)!["displayName"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync("/api/session/external/vk"), HttpStatusCode.NotFound, "external_provider_not_found");
    }

    [Fact]
    public async Task Forged_callback_sends_the_person_back_to_sign_in_without_an_error_page()
    {
        var response = await factory.NewClient().Http.GetAsync("/signin-oidc?code=forged&state=forged");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?external=failed", response.Headers.Location!.OriginalString);
    }
}
