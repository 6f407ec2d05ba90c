using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-6 scheduled sending: the message waits for its author only, then arrives once, in real time.</summary>
public sealed class ScheduledMessageTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_scheduled_message_waits_then_arrives_once_and_a_cancelled_one_never_does()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);
        var scheduled = family.School.Org($"/chats/{chatId}/scheduled");
        var clientId = Guid.NewGuid();
        var body = new { clientId, text = "Доброе утро! Сегодня линейка в 8:30", sendAt = DateTime.UtcNow.AddSeconds(3) };

        var waiting = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(scheduled, body), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(scheduled, body), HttpStatusCode.OK);
        var cancelled = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(scheduled,
            new { clientId = Guid.NewGuid(), text = "Передумал", sendAt = DateTime.UtcNow.AddSeconds(3) }), HttpStatusCode.Created);
        Assert.Equal(2, (await family.Teacher.GetJsonAsync(scheduled)).AsArray().Count);
        Assert.Empty((await family.Student.GetJsonAsync(scheduled)).AsArray());
        Assert.Empty((await family.Student.MessagesAsync(family.School, chatId))["messages"]!.AsArray());
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, $"{scheduled}/{cancelled["id"]}"), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Delete, $"{scheduled}/{waiting["id"]}"), HttpStatusCode.NotFound, "scheduled_not_found");

        var arrived = (await studentHub.WaitForAsync("Message", seconds: 20))[0];
        Assert.Equal("Доброе утро! Сегодня линейка в 8:30", arrived["text"]!.GetValue<string>());
        Assert.Equal(clientId, arrived["clientId"]!.GetValue<Guid>());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single((await family.Student.MessagesAsync(family.School, chatId))["messages"]!.AsArray());
        Assert.Empty((await family.Teacher.GetJsonAsync(scheduled)).AsArray());
    }

    public static TheoryData<string, object> BadSchedules() => new()
    {
        { "sendAt", new { clientId = Guid.NewGuid(), text = "Вчера", sendAt = DateTime.UtcNow.AddMinutes(-5) } },
        { "sendAt", new { clientId = Guid.NewGuid(), text = "Через два года", sendAt = DateTime.UtcNow.AddYears(2) } },
        { "sendAt", new { clientId = Guid.NewGuid(), text = "Когда-нибудь" } },
        { "text", new { clientId = Guid.NewGuid(), text = "   ", sendAt = DateTime.UtcNow.AddHours(1) } },
        { "requiresAcknowledgement", new { clientId = Guid.NewGuid(), text = "Ознакомиться всем!", sendAt = DateTime.UtcNow.AddHours(1), requiresAcknowledgement = true } },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task A_bad_schedule_is_refused_field_by_field(string field, object body)
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var problem = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{chatId}/scheduled"), body),
            HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]![field]);
        Assert.Empty((await family.Student.GetJsonAsync(family.School.Org($"/chats/{chatId}/scheduled"))).AsArray());
    }
}
