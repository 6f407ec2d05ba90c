using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// E-mail leaves through a real SMTP server (aiosmtpd on loopback, started by ./test.sh, writing a Maildir).
/// Without it (a bare `dotnet test`) the test is skipped; ./test.sh always provides it.
/// </summary>
public sealed class SmtpDeliveryTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static readonly string? Maildir = TestEnvironment.SmtpMaildir;

    [Fact]
    public async Task Invitation_email_is_delivered_over_smtp_with_the_link()
    {
        Assert.True(Maildir is not null && TestEnvironment.SmtpPort is not null,
            "No SMTP server: PARTA_TEST_SMTP_PORT and PARTA_TEST_SMTP_MAILDIR are not set (./test.sh sets them).");
        var fields = TestData.ApplicationFields();
        var (id, _) = await factory.NewClient().SubmitApplicationAsync(fields);
        await (await factory.SignedInOperatorAsync()).ApproveAsync(id);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        MimeKit.MimeMessage? found = null;
        while (found is null && DateTime.UtcNow < deadline)
        {
            found = Directory.EnumerateFiles(Path.Combine(Maildir!, "new"))
                .Select(path => MimeKit.MimeMessage.Load(path))
                .FirstOrDefault(mail => mail.To.Mailboxes.Any(m => m.Address == fields["adminEmail"]) && (mail.TextBody ?? "").Contains("/invite/"));
            if (found is null) await Task.Delay(200);
        }
        Assert.True(found is not null, $"No invitation e-mail to {fields["adminEmail"]} reached the SMTP server's Maildir {Maildir}.");
        Assert.Equal("Парта", found.From.Mailboxes.Single().Name);
        Assert.Contains("приглашение на платформу Парта (администратора)", found.Subject);
        Assert.NotNull(factory.WithDb(db => db.Outbox.Single(m => m.To == fields["adminEmail"] && m.Body.Contains("/invite/")).SentAt));
    }
}
