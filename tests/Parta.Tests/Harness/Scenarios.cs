using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Data.Entities;

namespace Parta.Tests.Harness;

public sealed record School(Guid OrganizationId, Guid ApplicationId, string Inn, Credentials Admin, ApiClient AdminClient);

/// <summary>Whole stories the tests build on: a school that applied, was approved and whose administrator signed in.</summary>
public static partial class Scenarios
{
    public static async Task<string> LatestSmsAsync(this PartaFactory factory, string phone, string mustContain)
    {
        string? body = null;
        await factory.WithDbAsync(async db => body = await db.Outbox
            .Where(m => m.Channel == MessageChannel.Sms && m.To == phone && m.Body.Contains(mustContain))
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstOrDefaultAsync());
        return body ?? throw new Xunit.Sdk.XunitException($"No SMS to {phone} containing «{mustContain}» in the outbox.");
    }

    public static async Task<string> InvitationTokenAsync(this PartaFactory factory, string phone) =>
        InviteLink().Match(await factory.LatestSmsAsync(phone, "/invite/")).Groups[1].Value;

    public static async Task<string> RequestCodeAsync(this PartaFactory factory, ApiClient client, string token, string phone)
    {
        var response = await client.SendAsync(HttpMethod.Post, $"/api/invitations/{token}/code");
        await ApiClient.ReadAsync(response, HttpStatusCode.NoContent);
        return Code().Match(await factory.LatestSmsAsync(phone, "код")).Groups[1].Value;
    }

    public static async Task<School> RegisterSchoolAsync(this PartaFactory factory, Dictionary<string, string>? fields = null)
    {
        fields ??= TestData.ApplicationFields();
        var applicant = factory.NewClient();
        var (applicationId, _) = await applicant.SubmitApplicationAsync(fields);
        var operatorClient = await factory.SignedInOperatorAsync();
        var approved = await operatorClient.ApproveAsync(applicationId);
        var organizationId = approved["organizationId"]!.GetValue<Guid>();
        var phone = approved["adminPhone"]!.GetValue<string>();

        var admin = factory.NewClient();
        var token = await factory.InvitationTokenAsync(phone);
        var code = await factory.RequestCodeAsync(admin, token, phone);
        var credentials = new Credentials(phone, "school-pass-42");
        await ApiClient.ReadAsync(await admin.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = credentials.Password }), HttpStatusCode.OK);
        var key = await admin.EnableAuthenticatorAsync();
        return new School(organizationId, applicationId, fields["inn"], credentials with { AuthenticatorKey = key }, admin);
    }

    [GeneratedRegex(@"/invite/([A-Za-z0-9_\-]+)")]
    private static partial Regex InviteLink();

    [GeneratedRegex(@"код подтверждения (\d{6})")]
    private static partial Regex Code();
}
