using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Health, metrics, the OpenAPI contract and the security headers every page carries.</summary>
public sealed class OperationsTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_the_database()
    {
        var client = factory.NewClient();
        Assert.Equal("Healthy", await (await client.GetAsync("/health/live")).Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_are_exposed_in_prometheus_format()
    {
        // Read from this machine: elsewhere /metrics needs the configured token (EdgeCheckTests).
        await factory.NewClient().GetAsync("/api/reference/regions");
        var (_, metrics) = await factory.MetricsAsync(System.Net.IPAddress.Loopback);
        Assert.Contains("# TYPE http_requests_received_total counter", metrics);
        // .NET's own meters too (the benchmark reads the collector's pause time here); only Kestrel's memory pool is left out.
        Assert.Contains("system_runtime_dotnet_gc_pause_time", metrics);
    }

    [Fact]
    public async Task Reference_list_holds_the_89_subjects_of_the_russian_federation()
    {
        var regions = (await factory.NewClient().GetJsonAsync("/api/reference/regions")).AsArray();
        Assert.Equal(89, regions.Count);
        Assert.Equal(89, regions.Select(r => r!["code"]!.GetValue<string>()).Distinct().Count());
        Assert.Contains(regions, r => r!["name"]!.GetValue<string>() == "Республика Саха (Якутия)");
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_and_forbids_framing()
    {
        var response = await factory.NewClient().GetAsync("/api/session");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_not_the_web_page()
    {
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "not_found");
    }

    /// <summary>
    /// The web client's types are generated from web/openapi.json; this keeps that copy equal to what the
    /// server serves (scripts/update-openapi.sh refreshes it).
    /// </summary>
    [Fact]
    public async Task Committed_openapi_contract_matches_the_server()
    {
        var served = JsonNode.Parse(await (await factory.NewClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        Assert.NotNull(served["paths"]!["/api/applications"]);
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "web", "openapi.json")))!;
        Assert.True(JsonNode.DeepEquals(Normalize(served), Normalize(committed)),
            "web/openapi.json differs from the server's OpenAPI document: run scripts/update-openapi.sh and regenerate the web client's types.");
    }

    /// <summary>
    /// Each area's module tags its routes with the area's name, so the document groups the API as the code is grouped
    /// (src/Parta.Server/Features/&lt;Area&gt;), and every operation says in a line what it does.
    /// </summary>
    [Fact]
    public async Task Every_operation_is_tagged_with_its_area_and_has_a_summary()
    {
        var served = JsonNode.Parse(await (await factory.NewClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var areas = Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Parta.Server", "Features")).Select(Path.GetFileName).ToHashSet();
        var operations = served["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(method => (Name: $"{method.Key} {path.Key}", Operation: method.Value!))).ToList();
        Assert.True(operations.Count > 100);
        foreach (var (name, operation) in operations)
        {
            var tags = operation["tags"]?.AsArray().Select(tag => tag!.GetValue<string>()).ToList() ?? [];
            Assert.True(tags.Count == 1 && areas.Contains(tags[0]), $"{name} is tagged [{string.Join(", ", tags)}], not with one area of {string.Join(", ", areas)}");
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{name} has no summary");
        }
    }

    /// <summary>The server address differs between a test host and a running server; the contract does not.</summary>
    private static JsonNode Normalize(JsonNode document)
    {
        var copy = document.DeepClone();
        copy.AsObject().Remove("servers");
        return copy;
    }
}
