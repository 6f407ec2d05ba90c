using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>ORG-2: the operator's queue, the document, approval and rejection, duplicates.</summary>
public sealed class OperatorReviewTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task Queue_lists_newest_first_and_filters_by_status_and_region()
    {
        var applicant = factory.NewClient();
        var moscow = TestData.ApplicationFields();
        moscow["regionCode"] = "77";
        var (first, _) = await applicant.SubmitApplicationAsync(moscow);
        var (second, _) = await applicant.SubmitApplicationAsync(TestData.ApplicationFields());
        var operatorClient = await factory.SignedInOperatorAsync();
        await operatorClient.RejectAsync(second, "Документ не подписан");

        var all = (await operatorClient.GetJsonAsync("/api/operator/applications")).AsArray().Select(a => a!["id"]!.GetValue<Guid>()).ToList();
        Assert.True(all.IndexOf(second) < all.IndexOf(first), "newest first");

        var pendingInMoscow = (await operatorClient.GetJsonAsync("/api/operator/applications?status=pending&region=77")).AsArray();
        Assert.Contains(pendingInMoscow, a => a!["id"]!.GetValue<Guid>() == first);
        Assert.All(pendingInMoscow, a => Assert.Equal("77", a!["regionCode"]!.GetValue<string>()));
        Assert.All(pendingInMoscow, a => Assert.Equal("pending", a!["status"]!.GetValue<string>()));

        var rejected = (await operatorClient.GetJsonAsync("/api/operator/applications?status=rejected")).AsArray();
        Assert.Contains(rejected, a => a!["id"]!.GetValue<Guid>() == second);
        Assert.DoesNotContain(rejected, a => a!["id"]!.GetValue<Guid>() == first);
    }

    [Fact]
    public async Task Operator_opens_the_document_inline_with_the_type_decided_by_its_content()
    {
        var png = TestData.Png();
        var fields = TestData.ApplicationFields();
        // The browser said PDF and the name says .pdf; the bytes are a PNG, and the bytes win.
        var response = await factory.NewClient().SendAsync(HttpMethod.Post, "/api/applications", ApiClient.ApplicationForm(fields, png, "scan.pdf"));
        var id = (await ApiClient.ReadAsync(response, HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var operatorClient = await factory.SignedInOperatorAsync();
        var document = await operatorClient.GetAsync($"/api/operator/applications/{id}/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("image/png", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", document.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(png, await document.Content.ReadAsByteArrayAsync());
        Assert.Contains("frame-ancestors 'self'", document.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Rejection_reason_reaches_the_applicant_and_the_decision_is_final()
    {
        var applicant = factory.NewClient();
        var fields = TestData.ApplicationFields();
        var (id, token) = await applicant.SubmitApplicationAsync(fields);
        var operatorClient = await factory.SignedInOperatorAsync();
        await operatorClient.RejectAsync(id, "Приказ о назначении не подписан руководителем");

        var status = await applicant.GetJsonAsync($"/api/applications/track/{token}");
        Assert.Equal("rejected", status["status"]!.GetValue<string>());
        Assert.Equal("Приказ о назначении не подписан руководителем", status["rejectionReason"]!.GetValue<string>());

        await ApiClient.ProblemAsync(await operatorClient.SendAsync(HttpMethod.Post, $"/api/operator/applications/{id}/approve"),
            HttpStatusCode.Conflict, "already_reviewed");
        Assert.Equal(0, factory.WithDb(db => db.Organizations.Count(o => o.Inn == fields["inn"])));
    }

    [Fact]
    public async Task Second_application_for_an_approved_organization_is_refused_at_submission_and_at_approval()
    {
        var fields = TestData.ApplicationFields();
        var applicant = factory.NewClient();
        var (first, _) = await applicant.SubmitApplicationAsync(fields);
        var (twin, _) = await applicant.SubmitApplicationAsync(fields);
        var operatorClient = await factory.SignedInOperatorAsync();
        await operatorClient.ApproveAsync(first);

        var problem = await ApiClient.ProblemAsync(await operatorClient.SendAsync(HttpMethod.Post, $"/api/operator/applications/{twin}/approve"),
            HttpStatusCode.Conflict, "duplicate_organization");
        Assert.Contains("ИНН и КПП", problem["title"]!.GetValue<string>());

        var again = await applicant.PostApplicationAsync(fields, TestData.Pdf());
        await ApiClient.ProblemAsync(again, HttpStatusCode.Conflict, "duplicate_organization");
        Assert.Equal(2, factory.WithDb(db => db.Applications.Count(a => a.Inn == fields["inn"])));
    }

    [Fact]
    public async Task Outbox_shows_operators_what_was_sent()
    {
        var fields = TestData.ApplicationFields();
        await factory.NewClient().SubmitApplicationAsync(fields);
        var outbox = (await (await factory.SignedInOperatorAsync()).GetJsonAsync("/api/operator/outbox")).AsArray();
        var mail = Assert.Single(outbox, m => m!["to"]!.GetValue<string>() == fields["adminEmail"]);
        Assert.Equal("email", mail!["channel"]!.GetValue<string>());
    }
}
