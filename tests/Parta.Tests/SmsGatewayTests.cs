using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>A stand-in SMS provider: a real HTTP endpoint on loopback that records what the platform posts.</summary>
public sealed class SmsGatewayFactory : PartaFactory
{
    public HttpListener Gateway { get; }
    public string Url { get; }
    public List<JsonNode> Received { get; } = [];

    public SmsGatewayFactory()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/sms/";
        }
        Gateway = new HttpListener();
        Gateway.Prefixes.Add(Url);
        Gateway.Start();
        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (Gateway.IsListening)
        {
            HttpListenerContext context;
            try { context = await Gateway.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
                body["authorization"] = context.Request.Headers["Authorization"];
                lock (Received) Received.Add(body);
            }
            context.Response.StatusCode = 202;
            context.Response.Close();
        }
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Sms:GatewayUrl", Url), new("Sms:ApiKey", "gateway-secret")];

    protected override void Dispose(bool disposing)
    {
        Gateway.Close();
        base.Dispose(disposing);
    }
}

public sealed class SmsGatewayTests(SmsGatewayFactory factory) : IClassFixture<SmsGatewayFactory>
{
    [Fact]
    public async Task Invitation_sms_is_posted_to_the_configured_http_gateway()
    {
        var (id, _) = await factory.NewClient().SubmitApplicationAsync();
        var phone = (await (await factory.SignedInOperatorAsync()).ApproveAsync(id))["adminPhone"]!.GetValue<string>();

        JsonNode? sms = null;
        for (var i = 0; i < 100 && sms is null; i++)
        {
            lock (factory.Received) sms = factory.Received.FirstOrDefault(m => m["to"]!.GetValue<string>() == phone);
            if (sms is null) await Task.Delay(100);
        }
        Assert.True(sms is not null, $"The gateway received no SMS for {phone}.");
        Assert.Contains("/invite/", sms["text"]!.GetValue<string>());
        Assert.Equal("Bearer gateway-secret", sms["authorization"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_a_real_gateway_operators_no_longer_see_the_codes_people_receive()
    {
        var school = await factory.RegisterSchoolAsync();
        var outbox = (await (await factory.SignedInOperatorAsync()).GetJsonAsync("/api/operator/outbox")).AsArray();
        var code = outbox.First(m => m!["to"]!.GetValue<string>() == school.Admin.Login && m["body"]!.GetValue<string>().Contains("код подтверждения"))!;
        Assert.Contains("••••••", code["body"]!.GetValue<string>());
        Assert.DoesNotMatch(@"\d{6}", code["body"]!.GetValue<string>());
    }
}
