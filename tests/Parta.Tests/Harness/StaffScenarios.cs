using System.Net;
using System.Text.Json.Nodes;

namespace Parta.Tests.Harness;

public sealed record StaffMember(ApiClient Client, Credentials Credentials, Guid MembershipId);

/// <summary>Intents of the people-and-structure story: links, joining staff, verification, classes.</summary>
public static class StaffScenarios
{
    public static string Org(this School school, string path = "") => $"/api/organizations/{school.OrganizationId}{path}";

    public static async Task<JsonNode> CreateStaffLinkAsync(this School school, int? maxUses = null, int? expiresInDays = null) =>
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/join-links"), new { kind = "staff", maxUses, expiresInDays }),
            HttpStatusCode.Created);

    public static async Task<string> RequestJoinCodeAsync(this IPartaServer factory, ApiClient client, string token, string phone)
    {
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/join/{token}/code", new { phone }), HttpStatusCode.NoContent);
        return System.Text.RegularExpressions.Regex.Match(await factory.LatestSmsAsync(phone, "код подтверждения"), @"(\d{6})").Groups[1].Value;
    }

    /// <summary>A new person joins through a staff link (phone code, password) and is left unverified.</summary>
    public static async Task<StaffMember> JoinAsStaffAsync(this IPartaServer factory, School school, string? token = null, string fullName = "Петров Иван Сергеевич")
    {
        token ??= (await school.CreateStaffLinkAsync())["token"]!.GetValue<string>();
        var client = factory.NewClient();
        var credentials = new Credentials(TestData.NewPhone(), "teacher-pass-7");
        var code = await factory.RequestJoinCodeAsync(client, token, credentials.Login);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/join/{token}",
            new { fullName, phone = credentials.Login, code, password = credentials.Password }), HttpStatusCode.OK);
        var staff = (await school.AdminClient.GetJsonAsync(school.Org("/staff"))).AsArray();
        var membershipId = staff.Single(s => s!["phone"]!.GetValue<string>() == credentials.Login)!["membershipId"]!.GetValue<Guid>();
        return new StaffMember(client, credentials, membershipId);
    }

    public static async Task<Guid> CreateClassAsync(this School school, int grade, string letter) =>
        (await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/classes"), new { grade, letter }), HttpStatusCode.Created))
            ["id"]!.GetValue<Guid>();

    public static async Task<Guid> CreateSubjectAsync(this School school, string name) =>
        (await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org("/subjects"), new { name }), HttpStatusCode.Created))
            ["id"]!.GetValue<Guid>();

    public static async Task VerifyAsync(this School school, StaffMember member, string position = "subjectTeacher", Guid[]? subjectIds = null, Guid[]? classIds = null) =>
        await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org($"/staff/{member.MembershipId}/verify"),
            new { position, subjectIds = subjectIds ?? [], classIds = classIds ?? [] }), HttpStatusCode.NoContent);

    public static async Task<StaffMember> VerifiedTeacherAsync(this IPartaServer factory, School school)
    {
        var member = await factory.JoinAsStaffAsync(school);
        await school.VerifyAsync(member);
        return member;
    }
}

public sealed record ClassSetup(School School, Guid ClassId, StaffMember ClassTeacher);

/// <summary>Intents of the class story: a class with its class teacher, links, students and parents joining.</summary>
public static class ClassScenarios
{
    public static async Task<ClassSetup> ClassWithTeacherAsync(this IPartaServer factory, int grade = 5, string letter = "А")
    {
        var school = await factory.RegisterSchoolAsync();
        var classId = await school.CreateClassAsync(grade, letter);
        var teacher = await factory.JoinAsStaffAsync(school);
        await school.VerifyAsync(teacher, "classTeacher", classIds: [classId]);
        return new ClassSetup(school, classId, teacher);
    }

    public static async Task<string> ClassLinkAsync(this ClassSetup setup, string kind, ApiClient? by = null) =>
        (await ApiClient.ReadAsync(await (by ?? setup.ClassTeacher.Client).PostJsonAsync(setup.School.Org("/join-links"), new { kind, classId = setup.ClassId }),
            HttpStatusCode.Created))["token"]!.GetValue<string>();

    /// <summary>A new person joins through a class link (phone code, password); returns their client.</summary>
    public static async Task<(ApiClient Client, Credentials Credentials)> JoinByLinkAsync(this IPartaServer factory, string token, string fullName)
    {
        var client = factory.NewClient();
        var credentials = new Credentials(TestData.NewPhone(), "family-pass-3");
        var code = await factory.RequestJoinCodeAsync(client, token, credentials.Login);
        await ApiClient.ReadAsync(await client.PostJsonAsync($"/api/join/{token}",
            new { fullName, phone = credentials.Login, code, password = credentials.Password }), HttpStatusCode.OK);
        return (client, credentials);
    }
}
