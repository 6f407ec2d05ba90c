using System.ComponentModel.DataAnnotations;

namespace Parta.Server.Infrastructure.Messaging;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>When empty, e-mails are only logged and kept in the outbox (embedded default).</summary>
    public string? Host { get; set; }
    [Range(1, 65535)] public int Port { get; set; } = 25;
    /// <summary>StartTls when the server offers it; set false for a loopback test server.</summary>
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress] public string From { get; set; } = "noreply@parta.local";
}

public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Sms";

    /// <summary>HTTP gateway that takes <c>{"to": "+7…", "text": "…"}</c>; when empty, SMS are only logged and kept in the outbox.</summary>
    public string? GatewayUrl { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>A gateway address without a scheme would only fail at the first code sent, in the outbox, hours later.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(GatewayUrl) && !Settings.IsAbsoluteHttpUrl(GatewayUrl))
            yield return new ValidationResult("must be an absolute http(s) address, such as https://sms.example/send", [nameof(GatewayUrl)]);
    }
}
