using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-8: search in one's own chats by every form of a Russian word, on SQLite and PostgreSQL alike.</summary>
public sealed class SearchTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static async Task<JsonArray> SearchAsync(ApiClient client, School school, string q) =>
        (await client.GetJsonAsync(school.Org($"/search?q={Uri.EscapeDataString(q)}"))).AsArray();

    [Fact]
    public async Task Every_form_of_a_word_is_found_in_ones_own_chats_only_and_highlighted()
    {
        var family = await factory.ClassFamilyAsync();
        var students = await family.Setup.OpenClassChatAsync("students");
        var parents = await family.Setup.OpenClassChatAsync("parents");
        var first = (await family.Teacher.PostMessageAsync(family.School, students, "Завтра контрольная работа по математике"))["seq"]!.GetValue<long>();
        await family.Teacher.PostMessageAsync(family.School, students, "Принесите линейки");
        await family.Teacher.PostMessageAsync(family.School, parents, "Контрольную по математике перенесли на пятницу");

        var hits = await SearchAsync(family.Student, family.School, "контрольной");
        var hit = Assert.Single(hits)!;
        Assert.Equal(students, hit["chatId"]!.GetValue<Guid>());
        Assert.Equal(first, hit["seq"]!.GetValue<long>());
        var highlight = hit["highlights"]!.AsArray().Single()!;
        Assert.Equal("контрольная", hit["text"]!.GetValue<string>().Substring(highlight["start"]!.GetValue<int>(), highlight["length"]!.GetValue<int>()));

        // The teacher is in both chats; the newest hit comes first.
        var teacherHits = await SearchAsync(family.Teacher, family.School, "Математика");
        Assert.Equal([parents, students], teacherHits.Select(h => h!["chatId"]!.GetValue<Guid>()));
        Assert.Equal(parents, Assert.Single(await SearchAsync(family.Parent, family.School, "контрольные"))!["chatId"]!.GetValue<Guid>());

        // Edited words are found by their new form; deleted messages are not found at all.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Put, family.School.Org($"/chats/{students}/messages/{first}"),
            System.Net.Http.Json.JsonContent.Create(new { text = "Завтра диктант по русскому языку" })), HttpStatusCode.OK);
        Assert.Empty(await SearchAsync(family.Student, family.School, "контрольная"));
        Assert.Single(await SearchAsync(family.Student, family.School, "диктанты"));
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{students}/messages/{first}")), HttpStatusCode.OK);
        Assert.Empty(await SearchAsync(family.Student, family.School, "диктант"));

        var other = await factory.RegisterSchoolAsync();
        await ApiClient.ProblemAsync(await other.AdminClient.GetAsync(family.School.Org("/search?q=математика")), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync(family.School.Org("/search?q=математика")), HttpStatusCode.Unauthorized, "unauthenticated");
        var empty = await ApiClient.ProblemAsync(await family.Student.GetAsync(family.School.Org("/search?q=%20!!%20")), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(empty["errors"]!["q"]);
    }
}
