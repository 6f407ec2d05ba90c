using System.Net;
using System.Text.Json.Nodes;

namespace Parta.Tests.Harness;

/// <summary>A class with its class teacher, one student and that student's parent (linked and confirmed).</summary>
public sealed record ClassFamily(ClassSetup Setup, ApiClient Student, Guid StudentId, ApiClient Parent, Guid ParentId)
{
    public School School => Setup.School;
    public ApiClient Teacher => Setup.ClassTeacher.Client;
}

/// <summary>Intents of the messaging story (MSG-1…4).</summary>
public static class ChatScenarios
{
    public static async Task<Guid> AccountIdAsync(this ApiClient client) => (await client.SessionAsync())["user"]!["id"]!.GetValue<Guid>();

    public static async Task<ClassFamily> ClassFamilyAsync(this IPartaServer factory, string studentName = "Козлов Миша", string parentName = "Козлова Анна Петровна")
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), studentName);
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), parentName);
        var studentMembership = (await student.GetJsonAsync(setup.School.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();
        var link = await ApiClient.ReadAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = studentMembership, consent = true }),
            HttpStatusCode.Created);
        await ApiClient.ReadAsync(await student.SendAsync(HttpMethod.Post, setup.School.Org($"/guardianships/{link["guardianshipId"]}/confirm")), HttpStatusCode.NoContent);
        return new ClassFamily(setup, student, await student.AccountIdAsync(), parent, await parent.AccountIdAsync());
    }

    /// <summary>The class teacher opens the class chat for an audience (students, parents, everyone), or finds it open; returns its id.</summary>
    public static async Task<Guid> OpenClassChatAsync(this ClassSetup setup, string audience, ApiClient? by = null)
    {
        var response = await (by ?? setup.ClassTeacher.Client).PostJsonAsync(setup.School.Org("/chats/class"), new { classId = setup.ClassId, audience });
        var expected = response.StatusCode == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Created;
        return (await ApiClient.ReadAsync(response, expected))["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> PostMessageAsync(this ApiClient client, School school, Guid chatId, string text, Guid? clientId = null,
        HttpStatusCode expected = HttpStatusCode.Created) =>
        await ApiClient.ReadAsync(await client.PostJsonAsync(school.Org($"/chats/{chatId}/messages"), new { clientId = clientId ?? Guid.NewGuid(), text }), expected);

    public static async Task<JsonArray> ChatsAsync(this ApiClient client, School school) => (await client.GetJsonAsync(school.Org("/chats"))).AsArray();

    public static async Task<JsonNode> ChatAsync(this ApiClient client, School school, Guid chatId) =>
        (await client.ChatsAsync(school)).Single(c => c!["id"]!.GetValue<Guid>() == chatId)!;

    public static async Task<JsonNode> MessagesAsync(this ApiClient client, School school, Guid chatId, string query = "") =>
        await client.GetJsonAsync(school.Org($"/chats/{chatId}/messages{query}"));
}
