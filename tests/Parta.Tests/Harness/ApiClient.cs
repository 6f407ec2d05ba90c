using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parta.Tests.Harness;

/// <summary>
/// A browser-like API client: keeps cookies and the anti-forgery token, and speaks in intents
/// (<c>SubmitApplicationAsync</c>, <c>ApproveAsync</c>, <c>ClaimInvitationAsync</c>). Failures print the body.
/// </summary>
public sealed class ApiClient(HttpClient http, CookieContainer cookies)
{
    private string? _csrf;

    /// <summary>The session cookie and friends, for the realtime connection (<see cref="HubClient"/>).</summary>
    public CookieContainer Cookies => cookies;

    public HttpClient Http => http;

    public async Task<JsonNode> SessionAsync()
    {
        var session = await ReadAsync(await http.GetAsync("/api/session"), HttpStatusCode.OK);
        _csrf = session["csrfToken"]!.GetValue<string>();
        return session;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null, bool withCsrf = true)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        return await SendAsync(request, withCsrf);
    }

    /// <summary>A request with headers of its own (tus uploads), sent with the anti-forgery token as a browser page would.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool withCsrf = true)
    {
        if (withCsrf && _csrf is null) await SessionAsync();
        if (withCsrf) request.Headers.Add("X-CSRF-TOKEN", _csrf);
        var response = await http.SendAsync(request);
        // Sign-in and similar calls hand out a new token bound to the new user.
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            var text = await response.Content.ReadAsStringAsync();
            if (text.StartsWith('{') && JsonNode.Parse(text)?["csrfToken"] is JsonValue token) _csrf = token.GetValue<string>();
            response.Content = new StringContent(text, System.Text.Encoding.UTF8, "application/json");
        }
        return response;
    }

    /// <summary>The anti-forgery token this browser sends, for a client of another kind (tus-js-client in Node) acting for it.</summary>
    public async Task<string> CsrfTokenAsync()
    {
        if (_csrf is null) await SessionAsync();
        return _csrf!;
    }

    public Task<HttpResponseMessage> PostJsonAsync(string url, object body) => SendAsync(HttpMethod.Post, url, JsonContent.Create(body));

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    /// <summary>Asserts a ProblemDetails answer with the given status and stable code, and returns it.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ReadAsync(response, status);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"Expected application/problem+json, got {response.Content.Headers.ContentType}: {problem.ToJsonString()}");
        Assert.Equal(code, problem["code"]?.GetValue<string>());
        return problem;
    }

    public async Task<JsonNode> GetJsonAsync(string url) => await ReadAsync(await http.GetAsync(url), HttpStatusCode.OK);

    public async Task CreateFirstOperatorAsync(string token, Credentials credentials) =>
        await ReadAsync(await PostJsonAsync("/api/setup/operator", new
        {
            token, fullName = "Оператор Платформы", email = "operator@parta.example.ru", phone = credentials.Login, password = credentials.Password,
        }), HttpStatusCode.OK);

    public async Task<JsonNode> SignInAsync(string login, string password, string? authenticatorKey = null)
    {
        var session = await ReadAsync(await PostJsonAsync("/api/session/sign-in", new { login, password }), HttpStatusCode.OK);
        if (session["twoFactorRequired"]?.GetValue<bool>() != true) return session;
        Assert.True(authenticatorKey is not null, $"{login} has a second factor; pass the authenticator key.");
        return await ReadAsync(await PostJsonAsync("/api/session/two-factor", new { method = "authenticator", code = Totp.Code(authenticatorKey!) }), HttpStatusCode.OK);
    }

    public Task<JsonNode> SignInAsync(Credentials credentials) => SignInAsync(credentials.Login, credentials.Password, credentials.AuthenticatorKey);

    /// <summary>Enrols an authenticator app (ID-5) and returns its key; administrators need one to administer.</summary>
    public async Task<string> EnableAuthenticatorAsync()
    {
        var enrolment = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/account/two-factor/authenticator"), HttpStatusCode.OK);
        var key = enrolment["sharedKey"]!.GetValue<string>();
        await ReadAsync(await PostJsonAsync("/api/account/two-factor/enable", new { code = Totp.Code(key) }), HttpStatusCode.OK);
        return key;
    }

    public static MultipartFormDataContent ApplicationForm(IDictionary<string, string> fields, byte[]? document, string fileName = "prikaz.pdf", string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        if (document is not null)
        {
            var file = new ByteArrayContent(document);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "document", fileName);
        }
        return form;
    }

    public Task<HttpResponseMessage> PostApplicationAsync(IDictionary<string, string> fields, byte[]? document, string fileName = "prikaz.pdf") =>
        SendAsync(HttpMethod.Post, "/api/applications", ApplicationForm(fields, document, fileName));

    /// <summary>Submits a valid application; returns its id and private tracking token.</summary>
    public async Task<(Guid Id, string TrackingToken)> SubmitApplicationAsync(Dictionary<string, string>? fields = null)
    {
        var submitted = await ReadAsync(await PostApplicationAsync(fields ?? TestData.ApplicationFields(), TestData.Pdf()), HttpStatusCode.Created);
        return (submitted["id"]!.GetValue<Guid>(), submitted["trackingToken"]!.GetValue<string>());
    }

    public async Task<JsonNode> ApproveAsync(Guid applicationId) =>
        await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/operator/applications/{applicationId}/approve"), HttpStatusCode.OK);

    public async Task<JsonNode> RejectAsync(Guid applicationId, string reason) =>
        await ReadAsync(await PostJsonAsync($"/api/operator/applications/{applicationId}/reject", new { reason }), HttpStatusCode.OK);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
