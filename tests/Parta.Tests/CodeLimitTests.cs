using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>The shipped limits for one-time codes (the base factory raises them for every other test).</summary>
public sealed class DefaultCodeLimitsFactory : PartaFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("RateLimits:CodesPerTenMinutes", "200"),
        new("RateLimits:CodesPerDestinationPerHour", "5"),
        new("RateLimits:CodesPerAccountPerHour", "10"),
    ];
}

/// <summary>
/// Issue 12, item 10: codes are limited per phone or e-mail and per account, with a far higher ceiling per
/// network address, so a class registering from the school's network is served and a flood of SMS to one
/// number is stopped; every refusal says how long to wait.
/// </summary>
public sealed class CodeLimitTests(DefaultCodeLimitsFactory factory) : IClassFixture<DefaultCodeLimitsFactory>
{
    [Fact]
    public async Task A_whole_class_and_its_parents_get_codes_from_one_network_while_a_flood_to_one_number_is_stopped_with_the_wait()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var token = await setup.ClassLinkAsync("classStudents");
        // Sixty people behind the school's one address (every request here comes from the same one).
        for (var i = 0; i < 60; i++)
        {
            var phone = TestData.NewPhone();
            await ApiClient.ReadAsync(await factory.NewClient().PostJsonAsync($"/api/join/{token}/code", new { phone }), HttpStatusCode.NoContent);
        }

        var target = TestData.NewPhone();
        var flooder = factory.NewClient();
        for (var i = 0; i < 5; i++)
            await ApiClient.ReadAsync(await flooder.PostJsonAsync($"/api/join/{token}/code", new { phone = target }), HttpStatusCode.NoContent);
        var response = await flooder.PostJsonAsync($"/api/join/{token}/code", new { phone = target });
        var refused = await ApiClient.ProblemAsync(response, HttpStatusCode.TooManyRequests, "rate_limited");

        var wait = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value.TotalMinutes, 59, 60);
        Assert.Matches(@"^На этот номер или адрес уже отправлено несколько кодов\. Новый код можно запросить через (1 час|5\d минут)$", refused["title"]!.GetValue<string>());
        Assert.Equal(5, factory.WithDb(db => db.AddressVerifications.Count(v => v.Address == target)));
        // The number's latest code still works: the limit stops new SMS, not the person who has one.
        var code = System.Text.RegularExpressions.Regex.Match(await factory.LatestSmsAsync(target, "код подтверждения"), @"(\d{6})").Groups[1].Value;
        await ApiClient.ReadAsync(await flooder.PostJsonAsync($"/api/join/{token}",
            new { fullName = "Соколова Вера", phone = target, code, password = "family-pass-3" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_newest_code_of_a_number_works()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var token = await setup.ClassLinkAsync("classParents");
        var phone = TestData.NewPhone();
        var client = factory.NewClient();
        var first = await factory.RequestJoinCodeAsync(client, token, phone);
        var second = await factory.RequestJoinCodeAsync(client, token, phone);
        if (first == second) return; // one chance in a million: nothing to tell apart

        var stale = await client.PostJsonAsync($"/api/join/{token}", new { fullName = "Орлов Пётр", phone, code = first, password = "family-pass-3" });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/join/{token}", new { fullName = "Орлов Пётр", phone, code = second, password = "family-pass-3" }),
            HttpStatusCode.OK);
    }
}

/// <summary>A refusal by the per-address limiters names the wait too.</summary>
public sealed class RateLimitWaitTests(LowLimitsFactory factory) : IClassFixture<LowLimitsFactory>
{
    [Fact]
    public async Task A_refused_sign_in_says_how_long_to_wait_in_retry_after_and_in_russian()
    {
        var client = factory.NewClient();
        HttpResponseMessage response;
        do response = await client.PostJsonAsync("/api/session/sign-in", new { login = TestData.NewPhone(), password = "x-password-1" });
        while (response.StatusCode != HttpStatusCode.TooManyRequests);

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.TooManyRequests, "rate_limited");
        var wait = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value.TotalSeconds, 1, 60);
        Assert.Matches(@"^Слишком много попыток\. Повторите через \d+ (секунду|секунды|секунд|минуту)$", problem["title"]!.GetValue<string>());
    }
}

public sealed class LowAccountCodeLimitFactory : PartaFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("RateLimits:CodesPerAccountPerHour", "2")];
}

/// <summary>A signed-in account asking for codes is counted as itself, not with everyone on its network.</summary>
public sealed class AccountCodeLimitTests(LowAccountCodeLimitFactory factory) : IClassFixture<LowAccountCodeLimitFactory>
{
    [Fact]
    public async Task An_account_asking_for_codes_to_ever_more_numbers_is_stopped_and_another_account_on_the_same_network_is_not()
    {
        var first = await factory.RegisterSchoolAsync();
        var second = await factory.RegisterSchoolAsync();
        for (var i = 0; i < 2; i++)
            await ApiClient.ReadAsync(await first.AdminClient.PostJsonAsync("/api/account/phone/codes", new { newPhone = TestData.NewPhone() }), HttpStatusCode.OK);

        var response = await first.AdminClient.PostJsonAsync("/api/account/phone/codes", new { newPhone = TestData.NewPhone() });
        var refused = await ApiClient.ProblemAsync(response, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.StartsWith("Слишком много попыток. Повторите через ", refused["title"]!.GetValue<string>());

        await ApiClient.ReadAsync(await second.AdminClient.PostJsonAsync("/api/account/phone/codes", new { newPhone = TestData.NewPhone() }), HttpStatusCode.OK);
    }
}
