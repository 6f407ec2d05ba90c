using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parta.Tests.Harness;

namespace Parta.Tests;

public sealed class MetricsTokenFactory : PartaFactory
{
    public const string Token = "scraper-secret-4f1c";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("Metrics:Token", Token)];
}

/// <summary>Metrics only for this machine or the configured token; with a token, a scraper elsewhere gets in.</summary>
public sealed class MetricsAccessTests(MetricsTokenFactory factory) : IClassFixture<MetricsTokenFactory>
{
    [Fact]
    public async Task A_scraper_elsewhere_reads_the_metrics_with_the_token_and_not_without_it()
    {
        var outside = IPAddress.Parse("203.0.113.7");
        Assert.Equal(StatusCodes.Status200OK, (await factory.MetricsAsync(outside, $"Bearer {MetricsTokenFactory.Token}")).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await factory.MetricsAsync(outside, "Bearer wrong-token")).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await factory.MetricsAsync(outside)).Status);
    }
}

/// <summary>Checks at the application's edge (item 8 of issue 12): caching of personal data, the hub's origin, the metrics' audience.</summary>
public sealed class EdgeCheckTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Answers_with_phones_and_emails_are_never_stored_by_a_cache()
    {
        var family = await factory.ClassFamilyAsync();
        var admin = family.School.AdminClient;
        foreach (var url in new[] { family.School.Org("/people"), family.School.Org("/staff"), "/api/account/export" })
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control is «{response.Headers.CacheControl}»");
        }
        Assert.True((await factory.NewClient().GetAsync("/api/session")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_hub_refuses_a_websocket_opened_by_another_sites_page_and_takes_the_platforms_own()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");

        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(factory, family.Student, origin: "https://evil.example"));
        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(factory, family.Student, origin: "http://parta.test.evil.example"));

        await using var own = await HubClient.ConnectAsync(factory, family.Student, origin: "http://parta.test");
        await own.SendAsync(chatId, "С платформы");
        await using var sameHost = await HubClient.ConnectAsync(factory, family.Student, origin: "http://localhost");
        await sameHost.SendAsync(chatId, "С того же адреса");
        await using var noBrowser = await HubClient.ConnectAsync(factory, family.Student);
        await noBrowser.SendAsync(chatId, "Не из браузера");
    }

    [Fact]
    public async Task Metrics_answer_on_this_machine_and_not_from_elsewhere_or_through_a_proxy_when_no_token_is_set()
    {
        var local = await factory.MetricsAsync(IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, local.Status);
        Assert.Contains("# TYPE http_requests_received_total counter", local.Body);
        Assert.Equal(StatusCodes.Status404NotFound, (await factory.MetricsAsync(IPAddress.Parse("203.0.113.7"))).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await factory.MetricsAsync(IPAddress.Loopback, forwardedFor: "203.0.113.7")).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await factory.MetricsAsync(IPAddress.Parse("203.0.113.7"), "Bearer anything")).Status);
    }

    [Fact]
    public async Task Names_titles_and_messages_lose_bidirectional_overrides_and_invisible_characters()
    {
        var setup = await factory.ClassWithTeacherAsync();
        // «Иванов» with a right-to-left override and a zero-width space inside: it would show as another name.
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "\u202EИва\u200Bнов\u202C Пётр\u2066");
        Assert.Equal("Иванов Пётр", (await student.SessionAsync())["user"]!["fullName"]!.GetValue<string>());

        var chat = await ApiClient.ReadAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org("/chats/group"),
            new { title = "Кру\u200Dжок\u00AD \u2800\u3164" }), HttpStatusCode.Created);
        Assert.Equal("Кру\u200Dжок", chat["title"]!.GetValue<string>()); // the joiner stays: emoji sequences need it
        var chatId = chat["id"]!.GetValue<Guid>();
        var message = await setup.ClassTeacher.Client.PostMessageAsync(setup.School, chatId, "Ссылка: \u202Etxt.exe\u202C и 👨\u200D👩\u200D👧\uFEFF");
        Assert.Equal("Ссылка: txt.exe и 👨\u200D👩\u200D👧", message["text"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await setup.ClassTeacher.Client.PostJsonAsync(setup.School.Org($"/chats/{chatId}/messages"),
            new { clientId = Guid.NewGuid(), text = "\u200B\u2066\u2069" }), HttpStatusCode.BadRequest, "validation_failed");
    }
}

public static class MetricsScenarios
{
    /// <summary>GET /metrics as a request from <paramref name="from"/> would arrive (the in-memory server lets a test say where from).</summary>
    public static async Task<(int Status, string Body)> MetricsAsync(this PartaFactory factory, IPAddress from, string? authorization = null, string? forwardedFor = null)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = from;
            if (authorization is not null) c.Request.Headers.Authorization = authorization;
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
