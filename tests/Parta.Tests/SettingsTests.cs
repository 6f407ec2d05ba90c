using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>A server configured with these settings on top of the tests' own.</summary>
public sealed class MisconfiguredFactory(IReadOnlyList<KeyValuePair<string, string>> settings) : PartaFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => settings;
}

/// <summary>
/// Every option class is checked as the server starts: a wrong value stops it with a sentence that names the setting
/// as an operator writes it, instead of surfacing later (a busy loop, a failed SMS in the outbox, a missing button).
/// </summary>
public sealed class SettingsTests
{
    public static TheoryData<string, string, string, string> BadSettings => new()
    {
        // key, value, what the sentence must name, what it must say
        { "Messaging:ScheduledCheckSeconds", "0", "Messaging:ScheduledCheckSeconds", "between 1 and 3600" },
        { "Sms:GatewayUrl", "sms.example/send", "Sms:GatewayUrl", "absolute http(s) address" },
        { "Security:RequireAdministratorSecondFactor", "perhaps", "Security:RequireAdministratorSecondFactor", "Boolean" },
        { "ExternalSignIn:Authority", "https://id.example", "ExternalSignIn:ClientId", "required when ExternalSignIn:Authority is set" },
        { "Parta:PublicUrl", "parta.example", "Parta:PublicUrl", "not a valid fully-qualified http, https, or ftp URL" },
        { "RateLimits:SignInPerMinute", "0", "RateLimits:SignInPerMinute", "between 1 and 100000" },
        { "Smtp:From", "nobody", "Smtp:From", "not a valid e-mail address" },
        { "Files:S3:Bucket", "parta-files", "Files:S3:AccessKey", "required when Files:S3:Bucket is set" },
        { "Files:S3:Bucket", "Parta_Files", "Files:S3:Bucket", "must be a bucket name" },
        { "Files:S3:DownloadLinkSeconds", "0", "Files:S3:DownloadLinkSeconds", "between 10 and 86400" },
        { "Files:Scanner:ClamdAddress", "clamd", "Files:Scanner:ClamdAddress", "must be clamd's host:port" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_stops_start_up_with_a_sentence_naming_it(string key, string value, string named, string saying)
    {
        using var factory = new MisconfiguredFactory([new(key, value)]);
        var failure = Assert.ThrowsAny<Exception>(() => factory.NewClient());
        var message = Messages(failure);
        Assert.Contains(named, message);
        Assert.Contains(saying, message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_start_up()
    {
        using var factory = new MisconfiguredFactory([new("Database:Provider", "Postgres"), new("Database:ConnectionString", "")]);
        var failure = Assert.ThrowsAny<Exception>(() => factory.NewClient());
        Assert.Contains("Database:ConnectionString: is required when Database:Provider is Postgres", Messages(failure));
    }

    /// <summary>Start-up reports one failure as itself and several inside an AggregateException.</summary>
    private static string Messages(Exception failure) =>
        failure is AggregateException many ? string.Join(" | ", many.Flatten().InnerExceptions.Select(e => e.Message)) : failure.Message;
}
