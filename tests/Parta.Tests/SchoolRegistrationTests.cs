using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-1, ORG-2, ORG-6: a school applies, is approved, its administrator claims the account and enters the space.</summary>
public sealed class SchoolRegistrationTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Applicant_follows_the_application_from_pending_to_approved_and_the_school_appears_publicly()
    {
        var applicant = factory.NewClient();
        var fields = TestData.ApplicationFields();
        var (id, token) = await applicant.SubmitApplicationAsync(fields);

        var pending = await applicant.GetJsonAsync($"/api/applications/track/{token}");
        Assert.Equal("pending", pending["status"]!.GetValue<string>());
        Assert.Equal(fields["shortName"], pending["shortName"]!.GetValue<string>());
        Assert.Null(pending["organizationSlug"]);

        var operatorClient = await factory.SignedInOperatorAsync();
        await operatorClient.ApproveAsync(id);

        var approved = await applicant.GetJsonAsync($"/api/applications/track/{token}");
        Assert.Equal("approved", approved["status"]!.GetValue<string>());
        var slug = approved["organizationSlug"]!.GetValue<string>();
        Assert.StartsWith("mbou-sosh-1-", slug);

        var page = await factory.NewClient().GetJsonAsync($"/api/public/organizations/{slug}");
        Assert.Equal(fields["fullName"], page["fullName"]!.GetValue<string>());
        Assert.Equal("Кировская область", page["regionName"]!.GetValue<string>());
        Assert.Equal(fields["adminEmail"], page["contactEmail"]!.GetValue<string>());
        Assert.Null(page["inn"]);
    }

    [Fact]
    public async Task Submitting_stores_the_normalized_phone_and_mails_the_private_tracking_link()
    {
        var fields = TestData.ApplicationFields();
        fields["adminPhone"] = "8 (912) 345-67-89";
        var (id, token) = await factory.NewClient().SubmitApplicationAsync(fields);

        var detail = await (await factory.SignedInOperatorAsync()).GetJsonAsync($"/api/operator/applications/{id}");
        Assert.Equal("+79123456789", detail["adminPhone"]!.GetValue<string>());
        Assert.Equal("application/pdf", detail["documentContentType"]!.GetValue<string>());
        var mail = factory.WithDb(db => db.Outbox.Single(m => m.To == fields["adminEmail"]));
        Assert.Contains($"http://parta.test/track/{token}", mail.Body);
    }

    [Fact]
    public async Task Administrator_claims_the_invitation_with_the_sms_code_and_enters_the_school_space()
    {
        var school = await factory.RegisterSchoolAsync();

        var session = await school.AdminClient.SessionAsync();
        Assert.True(session["authenticated"]!.GetValue<bool>());
        var organizations = session["user"]!["organizations"]!.AsArray();
        Assert.Equal(school.OrganizationId, Assert.Single(organizations)!["id"]!.GetValue<Guid>());
        Assert.Equal("administrator", organizations[0]!["role"]!.GetValue<string>());

        var space = await school.AdminClient.GetJsonAsync($"/api/organizations/{school.OrganizationId}");
        Assert.Equal("administrator", space["myRole"]!.GetValue<string>());
        Assert.Equal("МБОУ СОШ № 1", space["shortName"]!.GetValue<string>());

        // The password set while claiming works for a fresh sign-in, by phone.
        var again = factory.NewClient();
        var signedIn = await again.SignInAsync(school.Admin);
        Assert.Equal(school.OrganizationId, signedIn["user"]!["organizations"]![0]!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Approval_sends_the_invitation_by_email_and_by_sms()
    {
        var fields = TestData.ApplicationFields();
        var (id, _) = await factory.NewClient().SubmitApplicationAsync(fields);
        var approved = await (await factory.SignedInOperatorAsync()).ApproveAsync(id);
        var phone = approved["adminPhone"]!.GetValue<string>();

        var messages = factory.WithDb(db => db.Outbox.Where(m => m.To == phone || m.To == fields["adminEmail"]).ToList());
        Assert.Contains(messages, m => m.Channel == Parta.Data.Entities.MessageChannel.Email && m.Body.Contains("/invite/"));
        Assert.Contains(messages, m => m.Channel == Parta.Data.Entities.MessageChannel.Sms && m.Body.Contains("/invite/"));
        var invitation = await factory.NewClient().GetJsonAsync($"/api/invitations/{await factory.InvitationTokenAsync(phone)}");
        Assert.Equal(fields["adminFullName"], invitation["fullName"]!.GetValue<string>());
        Assert.Matches(@"^\+7 912 \*\*\*-\*\*-\d\d$", invitation["maskedPhone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tracking_an_unknown_token_is_not_found()
    {
        var response = await factory.NewClient().GetAsync("/api/applications/track/not-a-real-token");
        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound, "application_not_found");
    }
}
