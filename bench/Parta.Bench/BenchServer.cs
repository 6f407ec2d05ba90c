using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server;
using Parta.Server.Infrastructure;

namespace Parta.Bench;

/// <summary>A Parta server on a loopback port with a fresh database, and a signed-in school administrator.</summary>
public sealed partial class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;
    public HttpClient Admin { get; private set; } = null!;
    public Guid OrganizationId { get; private set; }
    private string _csrf = "";

    private BenchServer(WebApplication app, string data)
    {
        _app = app;
        _data = data;
    }

    public static async Task<BenchServer> StartAsync(string postgres)
    {
        var data = Directory.CreateTempSubdirectory("parta-bench-").FullName;
        var settings = new List<string> { "--urls", "http://127.0.0.1:0", "--Parta:DataPath", data, "--Logging:LogLevel:Default", "Warning" };
        foreach (var (key, value) in ServerSettings.Unthrottled) settings.AddRange(["--" + key, value]);
        if (postgres.Length > 0)
            settings.AddRange(["--Database:Provider", "Postgres", "--Database:ConnectionString", TestDatabase.New(postgres, "parta_bench")]);
        var app = PartaApp.Build([.. settings]);
        await app.StartAsync();
        var server = new BenchServer(app, data);
        await server.RegisterSchoolAsync();
        return server;
    }

    private string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };

    public async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content = null)
    {
        if (method != HttpMethod.Get && _csrf.Length == 0) await RefreshCsrfAsync(client);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-CSRF-TOKEN", _csrf);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {url}: {(int)response.StatusCode} {body}");
        var json = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
        if (json is JsonObject o && o["csrfToken"] is JsonValue token) _csrf = token.GetValue<string>();
        return json;
    }

    private async Task RefreshCsrfAsync(HttpClient client) =>
        _csrf = JsonNode.Parse(await client.GetStringAsync("/api/session"))!["csrfToken"]!.GetValue<string>();

    /// <summary>Through the public API: operator, application, approval, the administrator's claim.</summary>
    private async Task RegisterSchoolAsync()
    {
        var link = _app.Services.GetRequiredService<FirstStartLink>().Url!;
        var operatorClient = NewClient();
        await SendAsync(operatorClient, HttpMethod.Post, "/api/setup/operator", JsonContent.Create(new
        {
            token = link[(link.LastIndexOf('/') + 1)..], fullName = "Оператор", email = "op@bench.example.ru", phone = "+79000000001", password = "bench-pass-1",
        }));
        var applicant = NewClient();
        _csrf = "";
        var form = new MultipartFormDataContent
        {
            { new StringContent("school"), "kind" }, { new StringContent("МБОУ «Школа для замеров»"), "fullName" }, { new StringContent("Школа замеров"), "shortName" },
            { new StringContent("43"), "regionCode" }, { new StringContent("Район"), "municipality" }, { new StringContent("Село"), "settlement" },
            { new StringContent("Директор Школы"), "adminFullName" }, { new StringContent("+79000000002"), "adminPhone" },
            { new StringContent("director@bench.example.ru"), "adminEmail" }, { new StringContent("7707083893"), "inn" }, { new StringContent("431301001"), "kpp" },
            { new ByteArrayContent("%PDF-1.4 bench"u8.ToArray()), "document", "prikaz.pdf" },
        };
        var applicationId = (await SendAsync(applicant, HttpMethod.Post, "/api/applications", form))["id"]!.GetValue<Guid>();
        _csrf = "";
        await SendAsync(operatorClient, HttpMethod.Post, "/api/session/sign-in", JsonContent.Create(new { login = "+79000000001", password = "bench-pass-1" }));
        OrganizationId = (await SendAsync(operatorClient, HttpMethod.Post, $"/api/operator/applications/{applicationId}/approve"))["organizationId"]!.GetValue<Guid>();

        Admin = NewClient();
        _csrf = "";
        var token = InviteLink().Match(await LatestSmsAsync("+79000000002", "/invite/")).Groups[1].Value;
        await SendAsync(Admin, HttpMethod.Post, $"/api/invitations/{token}/code");
        var code = Regex.Match(await LatestSmsAsync("+79000000002", "код подтверждения"), @"(\d{6})").Groups[1].Value;
        await SendAsync(Admin, HttpMethod.Post, $"/api/invitations/{token}/accept", JsonContent.Create(new { code, password = "bench-pass-2" }));
    }

    private async Task<string> LatestSmsAsync(string phone, string containing)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        return await db.Outbox.Where(m => m.Channel == MessageChannel.Sms && m.To == phone && m.Body.Contains(containing))
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"/invite/([A-Za-z0-9_\-]+)")]
    private static partial Regex InviteLink();
}
