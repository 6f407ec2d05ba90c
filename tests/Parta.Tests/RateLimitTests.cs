using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

public sealed class LowLimitsFactory : PartaFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("RateLimits:SignInPerMinute", "3"),
        new("RateLimits:ApplicationsPerHour", "2"),
        new("RateLimits:CodesPerTenMinutes", "2"),
    ];
}

/// <summary>Guessing and spamming stop at the per-address limits, with a clear 429.</summary>
public sealed class RateLimitTests(LowLimitsFactory factory) : IClassFixture<LowLimitsFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused()
    {
        var client = factory.NewClient();
        for (var i = 0; i < 3; i++)
            await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = TestData.NewPhone(), password = "x-password-1" }),
                HttpStatusCode.Unauthorized, "invalid_credentials");
        var problem = await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/session/sign-in", new { login = TestData.NewPhone(), password = "x-password-1" }),
            HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Contains("попыток", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Applications_beyond_the_limit_are_refused_and_not_stored()
    {
        var client = factory.NewClient();
        await client.SubmitApplicationAsync();
        await client.SubmitApplicationAsync();
        var fields = TestData.ApplicationFields();
        await ApiClient.ProblemAsync(await client.PostApplicationAsync(fields, TestData.Pdf()), HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(0, factory.WithDb(db => db.Applications.Count(a => a.Inn == fields["inn"])));
    }
}
