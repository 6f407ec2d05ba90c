using System.Net;
using System.Net.Http.Json;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Numbers that name nothing answer 404, and list fields are capped and refuse repeats (400), so a huge or padded list costs nothing.</summary>
public sealed class ListAndNumberInputTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Theory]
    [InlineData(-1L)]
    [InlineData(0L)]
    [InlineData(long.MaxValue)]
    [InlineData(2L)]
    public async Task Unpinning_a_number_no_message_has_is_not_found(long seq)
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await family.Teacher.PostMessageAsync(family.School, chatId, "Единственное сообщение");

        var response = await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/pins/{seq}"));

        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound, "message_not_found");
        // A real message that is not pinned is still taken off quietly: two admins unpinning at once both succeed.
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/pins/1")), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_vote_with_ten_thousand_repeated_answers_or_too_many_answers_is_refused_and_counts_nothing()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var poll = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/polls"), new
        {
            clientId = Guid.NewGuid(), question = "Что взять в поход?", options = new[] { "Палатку", "Котелок", "Фонарик" }, multipleChoice = true,
        }), HttpStatusCode.Created);
        var vote = family.School.Org($"/chats/{chatId}/polls/{poll["poll"]!["id"]}/vote");

        var flood = await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, vote, JsonContent.Create(new { options = Enumerable.Repeat(1, 10_000) })),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Слишком много значений: не больше 10", flood["errors"]!["options"]![0]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, vote, JsonContent.Create(new { options = Enumerable.Range(0, 11) })),
            HttpStatusCode.BadRequest, "validation_failed");
        var repeated = await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Put, vote, JsonContent.Create(new { options = new[] { 0, 2, 0 } })),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Одно и то же значение указано несколько раз", repeated["errors"]!["options"]![0]!.GetValue<string>());

        var page = await family.Teacher.MessagesAsync(family.School, chatId);
        Assert.Equal(0, page["messages"]![0]!["poll"]!["voters"]!.GetValue<int>());
        var counted = await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, vote, JsonContent.Create(new { options = new[] { 0, 2 } })), HttpStatusCode.OK);
        Assert.Equal(1, counted["poll"]!["voters"]!.GetValue<int>());
    }

    [Fact]
    public async Task Other_list_fields_refuse_repeats_and_oversized_lists()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var school = family.School;

        var members = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"),
            new { title = "Кружок", memberIds = Enumerable.Repeat(family.StudentId, 10_000) }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Не больше 500 участников за раз", members["errors"]!["memberIds"]![0]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"),
            new { title = "Кружок", memberIds = new[] { family.StudentId, family.StudentId } }), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(school.Org($"/chats/{chatId}/messages"),
            new { clientId = Guid.NewGuid(), text = "Миша, зайди", mentions = new[] { family.StudentId, family.StudentId } }), HttpStatusCode.BadRequest, "validation_failed");
        var days = await ApiClient.ProblemAsync(await school.AdminClient.SendAsync(HttpMethod.Put, school.Org("/profile"),
            JsonContent.Create(new { timeZone = "Europe/Moscow", workdayStart = "08:00", workdayEnd = "17:00", workingDays = new[] { 1, 1, 2 } })),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("Одно и то же значение указано несколько раз", days["errors"]!["workingDays"]![0]!.GetValue<string>());

        Assert.Empty((await family.Teacher.MessagesAsync(school, chatId))["messages"]!.AsArray());
        Assert.DoesNotContain(await family.Teacher.ChatsAsync(school), c => c!["title"]!.GetValue<string>() == "Кружок");
    }
}
