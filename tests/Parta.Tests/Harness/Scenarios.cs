using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Data.Entities;

namespace Parta.Tests.Harness;

public sealed record School(Guid OrganizationId, Guid ApplicationId, string Inn, Credentials Admin, ApiClient AdminClient);

/// <summary>Whole stories the tests build on: a school that applied, was approved and whose administrator signed in.</summary>
public static partial class Scenarios
{
    public static Task<string> LatestSmsAsync(this IPartaServer factory, string phone, string mustContain) =>
        factory.LatestMessageAsync(phone, mustContain, MessageChannel.Sms);

    public static Task<string> LatestEmailAsync(this IPartaServer factory, string email, string mustContain) =>
        factory.LatestMessageAsync(email, mustContain, MessageChannel.Email);

    /// <summary>The newest outbox message to a phone or an e-mail address (any channel unless given) containing the text.</summary>
    public static async Task<string> LatestMessageAsync(this IPartaServer factory, string to, string mustContain, MessageChannel? channel = null)
    {
        string? body = null;
        await factory.WithDbAsync(async db => body = await db.Outbox
            .Where(m => (channel == null || m.Channel == channel) && m.To == to && m.Body.Contains(mustContain))
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Body).FirstOrDefaultAsync());
        return body ?? throw new Xunit.Sdk.XunitException($"No {channel?.ToString() ?? "message"} to {to} containing «{mustContain}» in the outbox.");
    }

    /// <summary>The invitation link sent to a phone or, for an invitation without one, to an e-mail address.</summary>
    public static async Task<string> InvitationTokenAsync(this IPartaServer factory, string phoneOrEmail) =>
        InviteLink().Match(await factory.LatestMessageAsync(phoneOrEmail, "/invite/")).Groups[1].Value;

    /// <summary>Asks for the invitation's code and reads it from the SMS or the e-mail it went to.</summary>
    public static async Task<string> RequestCodeAsync(this IPartaServer factory, ApiClient client, string token, string phoneOrEmail)
    {
        var response = await client.SendAsync(HttpMethod.Post, $"/api/invitations/{token}/code");
        await ApiClient.ReadAsync(response, HttpStatusCode.NoContent);
        return await factory.LatestCodeAsync(phoneOrEmail);
    }

    /// <summary>The newest one-time code sent to a phone or an e-mail address.</summary>
    public static async Task<string> LatestCodeAsync(this IPartaServer factory, string phoneOrEmail) =>
        Code().Match(await factory.LatestMessageAsync(phoneOrEmail, "код подтверждения")).Groups[1].Value;

    public static async Task<School> RegisterSchoolAsync(this IPartaServer factory, Dictionary<string, string>? fields = null)
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
