using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-5: polls — single and multiple choice, open and anonymous, closing, live results.</summary>
public sealed class PollTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static Task<HttpResponseMessage> Vote(ApiClient client, School school, Guid chatId, Guid pollId, params int[] options) =>
        client.SendAsync(HttpMethod.Put, school.Org($"/chats/{chatId}/polls/{pollId}/vote"), JsonContent.Create(new { options }));

    private static int[] Counts(JsonNode message) => message["poll"]!["options"]!.AsArray().Select(o => o!["votes"]!.GetValue<int>()).ToArray();

    [Fact]
    public async Task An_open_poll_counts_live_and_shows_who_chose_what_until_the_teacher_closes_it()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        var created = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/polls"), new
        {
            clientId = Guid.NewGuid(), question = "Куда поедем на экскурсию?", options = new[] { "Музей", "Театр", "Зоопарк" },
        }), HttpStatusCode.Created);
        Assert.Equal("Куда поедем на экскурсию?", created["text"]!.GetValue<string>());
        var pollId = created["poll"]!["id"]!.GetValue<Guid>();

        await ApiClient.ReadAsync(await Vote(family.Student, family.School, chatId, pollId, 2), HttpStatusCode.OK);
        var live = (await teacherHub.WaitForAsync("MessageChanged"))[0];
        Assert.Equal([0, 0, 1], Counts(live));
        await ApiClient.ReadAsync(await Vote(family.Parent, family.School, chatId, pollId, 0), HttpStatusCode.OK);
        // Changing one's mind moves the vote instead of adding one.
        var changed = await ApiClient.ReadAsync(await Vote(family.Student, family.School, chatId, pollId, 1), HttpStatusCode.OK);
        Assert.Equal([1, 1, 0], Counts(changed));
        Assert.Equal(2, changed["poll"]!["voters"]!.GetValue<int>());
        var myVotes = (await family.Student.MessagesAsync(family.School, chatId))["myVotes"]!.AsArray().Single()!;
        Assert.Equal([1], myVotes["options"]!.AsArray().Select(o => o!.GetValue<int>()));

        var refused = await ApiClient.ProblemAsync(await Vote(family.Student, family.School, chatId, pollId, 0, 1), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["options"]);
        await ApiClient.ProblemAsync(await Vote(family.Student, family.School, chatId, pollId, 7), HttpStatusCode.BadRequest, "validation_failed");

        var voters = await family.Student.GetJsonAsync(family.School.Org($"/chats/{chatId}/polls/{pollId}/voters"));
        Assert.Equal("Козлова Анна Петровна", voters[0]!["names"]![0]!.GetValue<string>());
        Assert.Equal("Козлов Миша", voters[1]!["names"]![0]!.GetValue<string>());

        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Post, family.School.Org($"/chats/{chatId}/polls/{pollId}/close")), HttpStatusCode.Forbidden, "forbidden");
        var closed = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Post, family.School.Org($"/chats/{chatId}/polls/{pollId}/close")), HttpStatusCode.OK);
        Assert.NotNull(closed["poll"]!["closedAt"]);
        await ApiClient.ProblemAsync(await Vote(family.Parent, family.School, chatId, pollId, 2), HttpStatusCode.Conflict, "poll_closed");
        var after = await family.Parent.MessagesAsync(family.School, chatId);
        Assert.Equal([1, 1, 0], Counts(after["messages"]![0]!));
    }

    [Fact]
    public async Task An_anonymous_multiple_choice_poll_shows_only_counts()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("parents");
        var created = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/polls"), new
        {
            clientId = Guid.NewGuid(), question = "Какие кружки интересны вашему ребёнку?", options = new[] { "Робототехника", "Шахматы", "Хор" },
            multipleChoice = true, anonymous = true, closesAt = DateTime.UtcNow.AddDays(3),
        }), HttpStatusCode.Created);
        var pollId = created["poll"]!["id"]!.GetValue<Guid>();
        var voted = await ApiClient.ReadAsync(await Vote(family.Parent, family.School, chatId, pollId, 0, 1), HttpStatusCode.OK);
        Assert.Equal([1, 1, 0], Counts(voted));
        Assert.Equal(1, voted["poll"]!["voters"]!.GetValue<int>());
        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(family.School.Org($"/chats/{chatId}/polls/{pollId}/voters")), HttpStatusCode.Forbidden, "poll_anonymous");
        var withdrawn = await ApiClient.ReadAsync(await Vote(family.Parent, family.School, chatId, pollId), HttpStatusCode.OK);
        Assert.Equal(0, withdrawn["poll"]!["voters"]!.GetValue<int>());
    }

    public static TheoryData<string, object> BadPolls() => new()
    {
        { "options", new { clientId = Guid.NewGuid(), question = "Один вариант?", options = new[] { "Да" } } },
        { "options", new { clientId = Guid.NewGuid(), question = "Повтор?", options = new[] { "Да", "да" } } },
        { "options[1]", new { clientId = Guid.NewGuid(), question = "Пустой вариант?", options = new[] { "Да", "  " } } },
        { "question", new { clientId = Guid.NewGuid(), question = "", options = new[] { "Да", "Нет" } } },
        { "closesAt", new { clientId = Guid.NewGuid(), question = "Вчера?", options = new[] { "Да", "Нет" }, closesAt = DateTime.UtcNow.AddHours(-1) } },
        { "clientId", new { question = "Без id?", options = new[] { "Да", "Нет" } } },
    };

    [Theory]
    [MemberData(nameof(BadPolls))]
    public async Task A_bad_poll_is_refused_field_by_field_and_nothing_is_stored(string field, object body)
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        var problem = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/polls"), body), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]![field]);
        Assert.Empty((await family.Teacher.MessagesAsync(family.School, chatId))["messages"]!.AsArray());
    }
}
