using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Claiming the administrator's invitation: codes, reuse, expiry, and a person who already has an account.</summary>
public sealed class InvitationTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private async Task<(string Token, string Phone)> ApprovedInvitationAsync(Dictionary<string, string>? fields = null)
    {
        var (id, _) = await factory.NewClient().SubmitApplicationAsync(fields);
        var approved = await (await factory.SignedInOperatorAsync()).ApproveAsync(id);
        var phone = approved["adminPhone"]!.GetValue<string>();
        return (await factory.InvitationTokenAsync(phone), phone);
    }

    [Fact]
    public async Task Wrong_code_is_refused_beside_the_field_and_five_wrong_codes_end_the_code()
    {
        var (token, phone) = await ApprovedInvitationAsync();
        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, token, phone);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var problem = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code = wrong, password = "good-pass-1" }),
                HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal("Неверный код", problem["errors"]!["code"]![0]!.GetValue<string>());
        }
        var last = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code = wrong, password = "good-pass-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("новый код", last["errors"]!["code"]![0]!.GetValue<string>());

        // Even the right code no longer works: guessing is over, a new code must be requested.
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "good-pass-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
        var fresh = await factory.RequestCodeAsync(client, token, phone);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code = fresh, password = "good-pass-1" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Used_invitation_cannot_be_used_again()
    {
        var (token, phone) = await ApprovedInvitationAsync();
        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, token, phone);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "good-pass-1" }), HttpStatusCode.OK);

        var stranger = factory.NewClient();
        await ApiClient.ProblemAsync(await stranger.GetAsync($"/api/invitations/{token}"), HttpStatusCode.Gone, "invitation_used");
        await ApiClient.ProblemAsync(await stranger.SendAsync(HttpMethod.Post, $"/api/invitations/{token}/code"), HttpStatusCode.Gone, "invitation_used");
        await ApiClient.ProblemAsync(await stranger.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "other-pass-2" }),
            HttpStatusCode.Gone, "invitation_used");
        Assert.Equal(1, factory.WithDb(db => db.Users.Count(u => u.PhoneNumber == phone)));
    }

    [Fact]
    public async Task Expired_invitation_is_refused_with_what_to_do()
    {
        var (token, _) = await ApprovedInvitationAsync();
        var hash = Parta.Server.Infrastructure.Tokens.Hash(token);
        await factory.WithDbAsync(db => db.Invitations.Where(i => i.TokenHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var problem = await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/invitations/{token}"), HttpStatusCode.Gone, "invitation_expired");
        Assert.Contains("оператора", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Weak_password_is_refused_and_the_invitation_stays_usable()
    {
        var (token, phone) = await ApprovedInvitationAsync();
        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, token, phone);
        var problem = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "short" }),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["password"]);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "long-enough-1" }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Administrator_of_two_schools_keeps_one_account_and_proves_it_with_the_existing_password()
    {
        var first = await factory.RegisterSchoolAsync();
        var fields = TestData.ApplicationFields();
        fields["adminPhone"] = first.Admin.Login;
        fields["shortName"] = "Гимназия № 2";
        var (token, phone) = await ApprovedInvitationAsync(fields);

        var client = factory.NewClient();
        var code = await factory.RequestCodeAsync(client, token, phone);
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = "not-my-password-1" }),
            HttpStatusCode.BadRequest, "validation_failed");
        var session = await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/invitations/{token}/accept", new { code, password = first.Admin.Password }), HttpStatusCode.OK);
        Assert.Equal(2, session["user"]!["organizations"]!.AsArray().Count);
        Assert.Equal(1, factory.WithDb(db => db.Users.Count(u => u.PhoneNumber == phone)));
    }
}
