using System.Net;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>Opening a chat that someone else already opened (MSG-1): the caller gets that chat, never an error.</summary>
public sealed class ChatOpeningTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Theory]
    [InlineData("students")]
    [InlineData("everyone")]
    public async Task The_administrator_opening_a_class_chat_the_class_teacher_opened_gets_that_chat_and_can_write_in_it(string audience)
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync(audience);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Первое сообщение учителя");

        var response = await family.School.AdminClient.PostJsonAsync(family.School.Org("/chats/class"), new { classId = family.Setup.ClassId, audience });
        var opened = await ApiClient.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal(chatId, opened["id"]!.GetValue<Guid>());
        Assert.True(opened["isAdmin"]!.GetValue<bool>());
        await family.School.AdminClient.PostMessageAsync(family.School, chatId, "Администратор на связи");
        Assert.Contains(await family.School.AdminClient.ChatsAsync(family.School), c => c!["id"]!.GetValue<Guid>() == chatId);
        var again = await family.School.AdminClient.PostJsonAsync(family.School.Org("/chats/class"), new { classId = family.Setup.ClassId, audience });
        Assert.Equal(chatId, (await ApiClient.ReadAsync(again, HttpStatusCode.OK))["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_teacher_who_may_not_manage_the_class_still_cannot_open_its_existing_chat()
    {
        var family = await factory.ClassFamilyAsync();
        await family.Setup.OpenClassChatAsync("students");
        var other = await factory.VerifiedTeacherAsync(family.School);

        var response = await other.Client.PostJsonAsync(family.School.Org("/chats/class"), new { classId = family.Setup.ClassId, audience = "students" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
