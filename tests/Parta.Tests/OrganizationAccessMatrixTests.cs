using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// ID-1/ID-7 access matrix for every endpoint inside an organization: each caller gets exactly its
/// status, and a refused call changes nothing (the targets survive for the administrator's call).
/// </summary>
public sealed class OrganizationAccessMatrixTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    public enum Caller { Anonymous, OtherSchoolAdministrator, UnverifiedTeacher, VerifiedTeacher, Administrator }

    private sealed record Endpoint(string Name, Func<School, StaffMember, Task<(HttpMethod Method, string Url, object? Body)>> Prepare,
        HttpStatusCode Administrator, HttpStatusCode VerifiedTeacher, HttpStatusCode UnverifiedTeacher);

    private static readonly HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    private static Endpoint[] Endpoints(PartaFactory factory) =>
    [
        new("read organization", (s, _) => Request(HttpMethod.Get, $"/api/organizations/{s.OrganizationId}"), HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
        new("read profile", (s, _) => Request(HttpMethod.Get, s.Org("/profile")), HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK),
        new("update profile", (s, _) => Request(HttpMethod.Put, s.Org("/profile"),
            new { timeZone = "Asia/Omsk", workdayStart = "08:00", workdayEnd = "15:00", workingDays = new[] { 1, 2, 3, 4, 5 } }), HttpStatusCode.OK, Forbidden, Forbidden),
        new("complete structure", (s, _) => Request(HttpMethod.Post, s.Org("/structure/complete")), HttpStatusCode.OK, Forbidden, Forbidden),
        new("invite administrator", (s, _) => Request(HttpMethod.Post, s.Org("/administrators"),
            new { fullName = "Новый Администратор", phone = TestData.NewPhone(), email = "new@school.example.ru" }), HttpStatusCode.NoContent, Forbidden, Forbidden),
        new("list classes", (s, _) => Request(HttpMethod.Get, s.Org("/classes")), HttpStatusCode.OK, HttpStatusCode.OK, Forbidden),
        new("create class", (s, _) => Request(HttpMethod.Post, s.Org("/classes"), new { grade = 6, letter = "Г" }), HttpStatusCode.Created, Forbidden, Forbidden),
        new("delete class", async (s, _) => (HttpMethod.Delete, s.Org($"/classes/{await s.CreateClassAsync(2, "Д")}"), null), HttpStatusCode.NoContent, Forbidden, Forbidden),
        new("list subjects", (s, _) => Request(HttpMethod.Get, s.Org("/subjects")), HttpStatusCode.OK, HttpStatusCode.OK, Forbidden),
        new("create subject", (s, _) => Request(HttpMethod.Post, s.Org("/subjects"), new { name = "Химия" }), HttpStatusCode.Created, Forbidden, Forbidden),
        new("delete subject", async (s, _) => (HttpMethod.Delete, s.Org($"/subjects/{await s.CreateSubjectAsync("Физика " + Guid.NewGuid().ToString()[..4])}"), null),
            HttpStatusCode.NoContent, Forbidden, Forbidden),
        new("create staff link", (s, _) => Request(HttpMethod.Post, s.Org("/join-links"), new { kind = "staff" }), HttpStatusCode.Created, Forbidden, Forbidden),
        // A confirmed teacher may list links, and sees only those of classes they lead (ClassLinkTests).
        new("list links", (s, _) => Request(HttpMethod.Get, s.Org("/join-links")), HttpStatusCode.OK, HttpStatusCode.OK, Forbidden),
        new("revoke link", async (s, _) => (HttpMethod.Post, s.Org($"/join-links/{(await s.CreateStaffLinkAsync())["id"]}/revoke"), null), HttpStatusCode.OK, Forbidden, Forbidden),
        new("list staff", (s, _) => Request(HttpMethod.Get, s.Org("/staff")), HttpStatusCode.OK, Forbidden, Forbidden),
        new("verify teacher", async (s, _) => (HttpMethod.Post, s.Org($"/staff/{(await factory.JoinAsStaffAsync(s)).MembershipId}/verify"), new { position = "subjectTeacher" }),
            HttpStatusCode.NoContent, Forbidden, Forbidden),
        new("revoke verification", async (s, _) => (HttpMethod.Post, s.Org($"/staff/{(await factory.VerifiedTeacherAsync(s)).MembershipId}/revoke-verification"), null),
            HttpStatusCode.NoContent, Forbidden, Forbidden),
    ];

    private static Task<(HttpMethod, string, object?)> Request(HttpMethod method, string url, object? body = null) => Task.FromResult((method, url, body));

    public static TheoryData<Caller> Callers() => new(Enum.GetValues<Caller>());

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_organization_endpoint_answers_exactly_as_the_role_allows(Caller caller)
    {
        var school = await factory.RegisterSchoolAsync();
        var unverified = await factory.JoinAsStaffAsync(school);
        var verified = await factory.VerifiedTeacherAsync(school);
        var client = caller switch
        {
            Caller.Anonymous => factory.NewClient(),
            Caller.OtherSchoolAdministrator => (await factory.RegisterSchoolAsync()).AdminClient,
            Caller.UnverifiedTeacher => unverified.Client,
            Caller.VerifiedTeacher => verified.Client,
            _ => school.AdminClient,
        };

        var failures = new List<string>();
        foreach (var endpoint in Endpoints(factory))
        {
            var (method, url, body) = await endpoint.Prepare(school, verified);
            var response = body is null ? await client.SendAsync(method, url) : await client.SendAsync(method, url, System.Net.Http.Json.JsonContent.Create(body));
            var expected = caller switch
            {
                Caller.Anonymous => HttpStatusCode.Unauthorized,
                Caller.OtherSchoolAdministrator => HttpStatusCode.NotFound,
                Caller.UnverifiedTeacher => endpoint.UnverifiedTeacher,
                Caller.VerifiedTeacher => endpoint.VerifiedTeacher,
                _ => endpoint.Administrator,
            };
            if (response.StatusCode != expected)
                failures.Add($"{endpoint.Name}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Unverified_teacher_and_outsiders_see_no_phone_numbers()
    {
        var school = await factory.RegisterSchoolAsync();
        var teacher = await factory.JoinAsStaffAsync(school);
        var staff = await teacher.Client.GetAsync(school.Org("/staff"));
        var body = await staff.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        Assert.DoesNotContain(school.Admin.Login, body);
    }
}
