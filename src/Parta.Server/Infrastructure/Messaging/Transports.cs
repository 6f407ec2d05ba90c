using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Parta.Server.Infrastructure.Messaging;

public interface IEmailTransport
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

public interface ISmsTransport
{
    Task SendAsync(string to, string text, CancellationToken cancellationToken);
}

/// <summary>MailKit over SMTP: the well-kept client, with STARTTLS and authentication when configured.</summary>
public sealed class SmtpEmailTransport(IOptions<SmtpOptions> options) : IEmailTransport
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Парта", settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host!, settings.Port,
            settings.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>An SMS provider's HTTP API; the JSON shape is the common denominator of Russian SMS gateways.</summary>
public sealed class HttpSmsTransport(HttpClient http, IOptions<SmsOptions> options) : ISmsTransport
{
    public async Task SendAsync(string to, string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.GatewayUrl)
        {
            Content = JsonContent.Create(new { to, text }),
        };
        if (!string.IsNullOrEmpty(options.Value.ApiKey)) request.Headers.Authorization = new("Bearer", options.Value.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>Embedded default: nothing leaves the machine; the message is logged and stays visible in the outbox page.</summary>
public sealed class LogOnlyTransport(ILogger<LogOnlyTransport> logger) : IEmailTransport, ISmsTransport
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        logger.LogInformation("E-mail to {To}: {Subject}\n{Body}", to, subject, body);
        return Task.CompletedTask;
    }

    public Task SendAsync(string to, string text, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS to {To}: {Text}", to, text);
        return Task.CompletedTask;
    }
}
