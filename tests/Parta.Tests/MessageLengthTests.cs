using System.Net;
using Microsoft.AspNetCore.SignalR;
using Parta.Data;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// One message-length limit (<see cref="Limits.ChatMessage"/>) for the hub, the HTTP door and the web composer
/// (which reads it from the OpenAPI document): an over-long message is refused with a sentence, and neither
/// the connection nor the messages sent after it suffer.
/// </summary>
public sealed class MessageLengthTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task An_oversized_message_over_the_hub_is_refused_with_a_sentence_and_the_normal_message_after_it_arrives()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var student = await HubClient.ConnectAsync(factory, family.Student);
        await using var teacher = await HubClient.ConnectAsync(factory, family.Teacher);

        // 20,000 Cyrillic letters are 40 KB on the wire: more than SignalR's default frame limit of 32 KB.
        var oversized = student.SendAsync(chatId, new string('ж', 20_000));
        var normal = student.SendAsync(chatId, "Нормальное сообщение после длинного");

        var refused = await Assert.ThrowsAsync<HubException>(() => oversized);
        Assert.Contains($"validation_failed: Слишком длинное значение: не больше {Limits.ChatMessage} символов", refused.Message);
        Assert.DoesNotContain("text:", refused.Message);
        Assert.Equal("Нормальное сообщение после длинного", (await normal)["text"]!.GetValue<string>());
        Assert.Equal("Нормальное сообщение после длинного", (await teacher.WaitForAsync("Message"))[0]["text"]!.GetValue<string>());
        Assert.False(student.Closed.IsCompleted);

        // A message exactly at the limit passes, one character more does not.
        await student.SendAsync(chatId, new string('я', Limits.ChatMessage));
        await Assert.ThrowsAsync<HubException>(() => student.SendAsync(chatId, new string('я', Limits.ChatMessage + 1)));
        Assert.Equal(2, (await family.Teacher.MessagesAsync(family.School, chatId))["messages"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_openapi_document_publishes_the_limit_the_server_enforces()
    {
        var document = await factory.NewClient().GetJsonAsync("/openapi/v1.json");
        var text = document["components"]!["schemas"]!["SendMessageRequest"]!["properties"]!["text"]!;
        Assert.Equal(Limits.ChatMessage, text["maxLength"]!.GetValue<int>());

        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await family.Student.PostMessageAsync(family.School, chatId, new string('a', Limits.ChatMessage + 1), expected: HttpStatusCode.BadRequest);
    }
}
