using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>A server with one application of every state, prepared once for the bad-input table.</summary>
public sealed class BadInputFixture : PartaFactory, IAsyncLifetime
{
    public ApiClient Operator { get; private set; } = null!;
    public Guid RejectedApplication { get; private set; }
    public Guid PendingApplication { get; private set; }
    public string UsedInvitationToken { get; private set; } = "";
    public School School { get; private set; } = null!;
    public string StaffLinkToken { get; private set; } = "";
    public Guid UnverifiedMembership { get; private set; }

    public async Task InitializeAsync()
    {
        Operator = await SignedInOperatorAsync();
        var (rejected, _) = await NewClient().SubmitApplicationAsync();
        await Operator.RejectAsync(rejected, "Нет подписи");
        RejectedApplication = rejected;
        (PendingApplication, _) = await NewClient().SubmitApplicationAsync();
        School = await this.RegisterSchoolAsync();
        UsedInvitationToken = await this.InvitationTokenAsync(School.Admin.Login);
        StaffLinkToken = (await School.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        UnverifiedMembership = (await this.JoinAsStaffAsync(School, StaffLinkToken)).MembershipId;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Every bad input gets a 4xx ProblemDetails with a stable code and stores nothing: each row sends one
/// bad request and compares the database (and the files folder) before and after.
/// </summary>
public sealed class BadInputTests(BadInputFixture server) : IClassFixture<BadInputFixture>
{
    private sealed record Case(Func<BadInputFixture, Task<HttpResponseMessage>> Send, HttpStatusCode Status, string Code, string? Field = null);

    private static Func<BadInputFixture, Task<HttpResponseMessage>> Apply(Action<Dictionary<string, string>> change, byte[]? document = null, string fileName = "prikaz.pdf") =>
        server =>
        {
            var fields = TestData.ApplicationFields();
            change(fields);
            return server.NewClient().PostApplicationAsync(fields, document ?? TestData.Pdf(), fileName);
        };

    private static Func<BadInputFixture, Task<HttpResponseMessage>> Raw(string url, string body, string contentType, Func<BadInputFixture, ApiClient>? as_ = null) =>
        server =>
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            var target = url.Replace("{org}", server.School.OrganizationId.ToString());
            return (as_?.Invoke(server) ?? server.NewClient()).SendAsync(HttpMethod.Post, target, content);
        };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["inn with a wrong checksum"] = new(Apply(f => f["inn"] = f["inn"][..9] + (char)('0' + (f["inn"][9] - '0' + 1) % 10)), HttpStatusCode.BadRequest, "validation_failed", "inn"),
        ["inn of nine digits"] = new(Apply(f => f["inn"] = "770708389"), HttpStatusCode.BadRequest, "validation_failed", "inn"),
        ["inn with letters"] = new(Apply(f => f["inn"] = "77070838AB"), HttpStatusCode.BadRequest, "validation_failed", "inn"),
        ["inn of a person (12 digits)"] = new(Apply(f => f["inn"] = "500100732259"), HttpStatusCode.BadRequest, "validation_failed", "inn"),
        ["kpp of eight characters"] = new(Apply(f => f["kpp"] = "43130100"), HttpStatusCode.BadRequest, "validation_failed", "kpp"),
        ["kpp with small letters"] = new(Apply(f => f["kpp"] = "4313ab001"), HttpStatusCode.BadRequest, "validation_failed", "kpp"),
        ["kpp with letters in the number part"] = new(Apply(f => f["kpp"] = "4313010AB"), HttpStatusCode.BadRequest, "validation_failed", "kpp"),
        ["unknown region code"] = new(Apply(f => f["regionCode"] = "99"), HttpStatusCode.BadRequest, "validation_failed", "regionCode"),
        ["region missing"] = new(Apply(f => f.Remove("regionCode")), HttpStatusCode.BadRequest, "validation_failed", "regionCode"),
        ["unknown kind"] = new(Apply(f => f["kind"] = "university"), HttpStatusCode.BadRequest, "validation_failed", "kind"),
        ["executable renamed .pdf"] = new(Apply(_ => { }, [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0], "prikaz.pdf"), HttpStatusCode.BadRequest, "validation_failed", "document"),
        ["html page renamed .png"] = new(Apply(_ => { }, "<html><script>alert(1)</script></html>"u8.ToArray(), "scan.png"), HttpStatusCode.BadRequest, "validation_failed", "document"),
        ["empty document"] = new(Apply(_ => { }, [], "prikaz.pdf"), HttpStatusCode.BadRequest, "validation_failed", "document"),
        ["document missing"] = new(server => server.NewClient().SendAsync(HttpMethod.Post, "/api/applications", ApiClient.ApplicationForm(TestData.ApplicationFields(), null)),
            HttpStatusCode.BadRequest, "validation_failed", "document"),
        ["full name missing"] = new(Apply(f => f.Remove("fullName")), HttpStatusCode.BadRequest, "validation_failed", "fullName"),
        ["only spaces in the short name"] = new(Apply(f => f["shortName"] = "   "), HttpStatusCode.BadRequest, "validation_failed", "shortName"),
        ["every field missing"] = new(server => server.NewClient().SendAsync(HttpMethod.Post, "/api/applications", new MultipartFormDataContent { { new StringContent("x"), "unrelated" } }),
            HttpStatusCode.BadRequest, "validation_failed", "inn"),
        ["overlong full name"] = new(Apply(f => f["fullName"] = new string('ш', 501)), HttpStatusCode.BadRequest, "validation_failed", "fullName"),
        ["overlong settlement"] = new(Apply(f => f["settlement"] = new string('с', 201)), HttpStatusCode.BadRequest, "validation_failed", "settlement"),
        ["control characters in the settlement"] = new(Apply(f => f["settlement"] = "село\u0007Юрьево"), HttpStatusCode.BadRequest, "validation_failed", "settlement"),
        ["markup in the short name"] = new(Apply(f => f["shortName"] = "<script>alert(1)</script>"), HttpStatusCode.BadRequest, "validation_failed", "shortName"),
        ["markup in the administrator's name"] = new(Apply(f => f["adminFullName"] = "Иванова <b>Мария</b>"), HttpStatusCode.BadRequest, "validation_failed", "adminFullName"),
        ["landline instead of a mobile phone"] = new(Apply(f => f["adminPhone"] = "+7 (495) 123-45-67"), HttpStatusCode.BadRequest, "validation_failed", "adminPhone"),
        ["letters in the phone"] = new(Apply(f => f["adminPhone"] = "позвоните мне"), HttpStatusCode.BadRequest, "validation_failed", "adminPhone"),
        ["e-mail without a domain"] = new(Apply(f => f["adminEmail"] = "director@"), HttpStatusCode.BadRequest, "validation_failed", "adminEmail"),
        ["e-mail with a space"] = new(Apply(f => f["adminEmail"] = "dir ector@school.ru"), HttpStatusCode.BadRequest, "validation_failed", "adminEmail"),
        ["json instead of a form"] = new(Raw("/api/applications", "{\"inn\":\"7707083893\"}", "application/json"), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type"),
        ["broken multipart body"] = new(Raw("/api/applications", "--xyz\r\nContent-Disposition: form-data; name=\"inn\"\r\n\r\n77", "multipart/form-data; boundary=xyz"),
            HttpStatusCode.BadRequest, "malformed_form"),
        ["malformed json to sign-in"] = new(Raw("/api/session/sign-in", "{\"login\": \"+79120000000\", ", "application/json"), HttpStatusCode.BadRequest, "bad_request"),
        ["plain text to sign-in"] = new(Raw("/api/session/sign-in", "login=x&password=y", "text/plain"), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type"),
        ["sign-in with empty fields"] = new(server => server.NewClient().PostJsonAsync("/api/session/sign-in", new { login = "", password = "" }),
            HttpStatusCode.BadRequest, "validation_failed", "login"),
        ["request without the anti-forgery token"] = new(server => server.NewClient().SendAsync(HttpMethod.Post, "/api/applications",
            ApiClient.ApplicationForm(TestData.ApplicationFields(), TestData.Pdf()), withCsrf: false), HttpStatusCode.BadRequest, "csrf_invalid"),
        ["approval of an already rejected application"] = new(server => server.Operator.SendAsync(HttpMethod.Post, $"/api/operator/applications/{server.RejectedApplication}/approve"),
            HttpStatusCode.Conflict, "already_reviewed"),
        ["approval of an application that does not exist"] = new(server => server.Operator.SendAsync(HttpMethod.Post, $"/api/operator/applications/{Guid.NewGuid()}/approve"),
            HttpStatusCode.NotFound, "application_not_found"),
        ["rejection of an already rejected application"] = new(server => server.Operator.PostJsonAsync($"/api/operator/applications/{server.RejectedApplication}/reject", new { reason = "Ещё раз" }),
            HttpStatusCode.Conflict, "already_reviewed"),
        ["rejection without a reason"] = new(server => server.Operator.PostJsonAsync($"/api/operator/applications/{server.PendingApplication}/reject", new { reason = " " }),
            HttpStatusCode.BadRequest, "validation_failed", "reason"),
        ["overlong rejection reason"] = new(server => server.Operator.PostJsonAsync($"/api/operator/applications/{server.PendingApplication}/reject", new { reason = new string('п', 2001) }),
            HttpStatusCode.BadRequest, "validation_failed", "reason"),
        ["rejection body that is an array"] = new(Raw($"/api/operator/applications/{Guid.Empty}/reject", "[1,2,3]", "application/json", s => s.Operator),
            HttpStatusCode.BadRequest, "bad_request"),
        ["queue filtered by an unknown status"] = new(server => server.Operator.GetAsync("/api/operator/applications?status=lost"),
            HttpStatusCode.BadRequest, "validation_failed", "status"),
        ["queue filtered by a numeric status"] = new(server => server.Operator.GetAsync("/api/operator/applications?status=2"),
            HttpStatusCode.BadRequest, "validation_failed", "status"),
        ["reused invitation"] = new(server => server.NewClient().PostJsonAsync($"/api/invitations/{server.UsedInvitationToken}/accept", new { code = "123456", password = "good-pass-1" }),
            HttpStatusCode.Gone, "invitation_used"),
        ["forged invitation"] = new(server => server.NewClient().PostJsonAsync("/api/invitations/forged-token-abc/accept", new { code = "123456", password = "good-pass-1" }),
            HttpStatusCode.NotFound, "invitation_not_found"),
        ["forged first-operator link"] = new(server => server.NewClient().PostJsonAsync("/api/setup/operator",
            new { token = "forged", fullName = "Злоумышленник", email = "x@y.ru", phone = "+79120000000", password = "password-1" }),
            HttpStatusCode.NotFound, "setup_token_invalid"),
        ["class of grade twelve"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/classes"), new { grade = 12, letter = "А" }),
            HttpStatusCode.BadRequest, "validation_failed", "grade"),
        ["class with markup in its name"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/classes"), new { name = "<i>ИС-21</i>" }),
            HttpStatusCode.BadRequest, "validation_failed", "name"),
        ["class grade given as text"] = new(Raw("/api/organizations/{org}/classes", "{\"grade\": \"пятый\"}", "application/json", s => s.School.AdminClient),
            HttpStatusCode.BadRequest, "bad_request"),
        ["subject without a name"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/subjects"), new { name = "" }),
            HttpStatusCode.BadRequest, "validation_failed", "name"),
        ["link of an unknown kind"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/join-links"), new { kind = "teacher" }),
            HttpStatusCode.BadRequest, "bad_request"),
        ["student link without a class"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/join-links"), new { kind = "classStudents" }),
            HttpStatusCode.BadRequest, "validation_failed", "classId"),
        ["parent link for a class of another school"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/join-links"), new { kind = "classParents", classId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "validation_failed", "classId"),
        ["guardianship asked by someone who is not a parent"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/guardianships"), new { studentMembershipId = Guid.NewGuid() }),
            HttpStatusCode.Forbidden, "forbidden"),
        ["link that lasts zero days"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/join-links"), new { kind = "staff", expiresInDays = 0 }),
            HttpStatusCode.BadRequest, "validation_failed", "expiresInDays"),
        ["link for zero people"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org("/join-links"), new { kind = "staff", maxUses = 0 }),
            HttpStatusCode.BadRequest, "validation_failed", "maxUses"),
        ["verification without a position"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org($"/staff/{s.UnverifiedMembership}/verify"), new { subjectIds = Array.Empty<Guid>() }),
            HttpStatusCode.BadRequest, "validation_failed", "position"),
        ["verification with a subject of another school"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org($"/staff/{s.UnverifiedMembership}/verify"),
            new { position = "subjectTeacher", subjectIds = new[] { Guid.NewGuid() } }), HttpStatusCode.BadRequest, "validation_failed", "subjectIds"),
        ["verification of the administrator"] = new(s => s.School.AdminClient.PostJsonAsync(s.School.Org($"/staff/{s.WithDb(db => db.Memberships.Single(m => m.OrganizationId == s.School.OrganizationId && m.Role == Parta.Data.Entities.OrganizationRole.Administrator).Id)}/verify"),
            new { position = "director" }), HttpStatusCode.Conflict, "not_staff"),
        ["joining by a forged link"] = new(s => s.NewClient().PostJsonAsync("/api/join/forged-link", new { phone = "+79120000000" }),
            HttpStatusCode.NotFound, "join_link_not_found"),
        ["join code for a landline"] = new(s => s.NewClient().PostJsonAsync($"/api/join/{s.StaffLinkToken}/code", new { phone = "+7 495 000-00-00" }),
            HttpStatusCode.BadRequest, "validation_failed", "phone"),
        ["joining without having asked for a code"] = new(s => s.NewClient().PostJsonAsync($"/api/join/{s.StaffLinkToken}",
            new { fullName = "Без Кода", phone = TestData.NewPhone(), code = "123456", password = "no-code-pass-1" }), HttpStatusCode.BadRequest, "validation_failed", "code"),
        ["phone change to a landline"] = new(s => s.School.AdminClient.PostJsonAsync("/api/account/phone/codes", new { newPhone = "+7 495 000-00-00" }),
            HttpStatusCode.BadRequest, "validation_failed", "newPhone"),
        ["phone change to one's own number"] = new(s => s.School.AdminClient.PostJsonAsync("/api/account/phone/codes", new { newPhone = s.School.Admin.Login }),
            HttpStatusCode.BadRequest, "validation_failed", "newPhone"),
        ["phone change without having asked for codes"] = new(s => s.School.AdminClient.PostJsonAsync("/api/account/phone",
            new { newPhone = TestData.NewPhone(), currentPhoneCode = "123456", newPhoneCode = "123456" }), HttpStatusCode.BadRequest, "validation_failed", "newPhoneCode"),
        ["phone change with codes given as numbers"] = new(Raw("/api/account/phone", "{\"newPhone\": \"+79120000000\", \"newPhoneCode\": 123456}", "application/json", s => s.School.AdminClient),
            HttpStatusCode.BadRequest, "bad_request"),
        ["second factor by e-mail without a password first"] = new(s => s.NewClient().SendAsync(HttpMethod.Post, "/api/session/two-factor/email"),
            HttpStatusCode.Unauthorized, "unauthenticated"),
        ["second factor of an unknown method"] = new(s => s.NewClient().PostJsonAsync("/api/session/two-factor", new { method = "carrierPigeon", code = "123456" }),
            HttpStatusCode.BadRequest, "bad_request"),
        ["broken multipart roster"] = new(Raw("/api/organizations/{org}/imports", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nКласс",
            "multipart/form-data; boundary=xyz", s => s.School.AdminClient), HttpStatusCode.BadRequest, "malformed_form"),
        ["roster sent as json"] = new(Raw("/api/organizations/{org}/imports", "{\"file\":\"a\"}", "application/json", s => s.School.AdminClient),
            HttpStatusCode.UnsupportedMediaType, "unsupported_media_type"),
        ["organization id that is not a guid"] = new(server => server.Operator.GetAsync("/api/organizations/1%20OR%201=1"), HttpStatusCode.NotFound, "not_found"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_gets_a_clear_4xx_and_changes_nothing(string name)
    {
        var @case = Cases[name];
        var before = await SnapshotAsync();
        var response = await @case.Send(server);
        var problem = await ApiClient.ProblemAsync(response, @case.Status, @case.Code);
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), "a person-readable title");
        if (@case.Field is not null)
            Assert.True(problem["errors"]?[@case.Field] is not null, $"errors.{@case.Field} expected in {problem.ToJsonString()}");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Thirty_megabyte_document_is_refused_and_not_stored()
    {
        var before = await SnapshotAsync();
        var response = await server.NewClient().PostApplicationAsync(TestData.ApplicationFields(), TestData.Pdf(30 * 1024 * 1024));
        Assert.True((int)response.StatusCode is 400 or 413, $"got {(int)response.StatusCode}");
        var problem = await ApiClient.ReadAsync(response, response.StatusCode);
        Assert.Contains(problem["code"]!.GetValue<string>(), new[] { "validation_failed", "request_too_large" });
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public void The_table_has_at_least_thirty_distinct_bad_inputs() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    private async Task<string> SnapshotAsync()
    {
        var counts = "";
        await server.WithDbAsync(async db => counts = string.Join(",",
            await db.Applications.CountAsync(), await db.Applications.CountAsync(a => a.Status == Parta.Data.Entities.ApplicationStatus.Rejected),
            await db.Organizations.CountAsync(), await db.Invitations.CountAsync(i => i.UsedAt != null), await db.Users.CountAsync(),
            await db.Memberships.CountAsync(), await db.Memberships.CountAsync(m => m.VerifiedAt != null), await db.Outbox.CountAsync(),
            await db.Classes.CountAsync(), await db.Subjects.CountAsync(), await db.JoinLinks.CountAsync(), await db.TeacherAssignments.CountAsync(),
            await db.AddressVerifications.CountAsync(), await db.JoinLinks.SumAsync(l => l.Uses), await db.ClassMembers.CountAsync(), await db.Guardianships.CountAsync(), await db.Imports.CountAsync()));
        var files = Directory.Exists(Path.Combine(server.DataPath, "files"))
            ? Directory.EnumerateFiles(Path.Combine(server.DataPath, "files"), "*", SearchOption.AllDirectories).Count() : 0;
        return $"{counts},files={files}";
    }
}
