using System.Net;
using System.Text.Json.Nodes;
using Parta.Data.Entities;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// ID-7 in large chats: the channel (and any chat above a class with its families) does not hand every member
/// the whole school by name. Its admins and the organization's administrators see everyone; others see the
/// count and the admins, and no one else's name through who-read or who-voted either.
/// </summary>
public sealed class LargeChatPrivacyTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static Guid ChannelOf(JsonArray chats) => chats.Single(c => c!["kind"]!.GetValue<string>() == "channel")!["id"]!.GetValue<Guid>();

    private static string[] Names(JsonNode list) => list["members"]!.AsArray().Select(m => m!["fullName"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task The_channel_shows_a_student_a_parent_and_a_teacher_the_count_and_its_admins_only()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var channel = ChannelOf(await school.AdminClient.ChatsAsync(school));
        var url = school.Org($"/chats/{channel}/members");

        var full = await school.AdminClient.GetJsonAsync(url);
        Assert.True(full["complete"]!.GetValue<bool>());
        Assert.Contains("Козлов Миша", Names(full));
        var everyone = full["count"]!.GetValue<int>();
        Assert.Equal(everyone, full["members"]!.AsArray().Count);

        foreach (var member in new[] { family.Student, family.Parent, family.Teacher })
        {
            var seen = await member.GetJsonAsync(url);
            Assert.False(seen["complete"]!.GetValue<bool>());
            Assert.Equal(everyone, seen["count"]!.GetValue<int>());
            Assert.All(seen["members"]!.AsArray(), m => Assert.True(m!["isAdmin"]!.GetValue<bool>()));
            Assert.DoesNotContain("Козлов Миша", Names(seen));
            Assert.DoesNotContain("Козлова Анна Петровна", Names(seen));
        }

        // Who read an administrator's post and who voted in its poll: names for the administrators only.
        var post = (await school.AdminClient.PostMessageAsync(school, channel, "Каникулы с 28 октября"))["seq"]!.GetValue<long>();
        await ApiClient.ProblemAsync(await family.Teacher.GetAsync(school.Org($"/chats/{channel}/messages/{post}/readers")), HttpStatusCode.Forbidden, "large_chat");
        await ApiClient.ReadAsync(await school.AdminClient.GetAsync(school.Org($"/chats/{channel}/messages/{post}/readers")), HttpStatusCode.OK);
        var poll = (await ApiClient.ReadAsync(await school.AdminClient.PostJsonAsync(school.Org($"/chats/{channel}/polls"),
            new { clientId = Guid.NewGuid(), question = "Ёлка в пятницу?", options = new[] { "Да", "Нет" } }), HttpStatusCode.Created))["poll"]!["id"]!.GetValue<Guid>();
        await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, school.Org($"/chats/{channel}/polls/{poll}/vote"),
            System.Net.Http.Json.JsonContent.Create(new { options = new[] { 0 } })), HttpStatusCode.OK);
        foreach (var member in new[] { family.Student, family.Parent, family.Teacher })
            await ApiClient.ProblemAsync(await member.GetAsync(school.Org($"/chats/{channel}/polls/{poll}/voters")), HttpStatusCode.Forbidden, "large_chat");
        var voters = await school.AdminClient.GetJsonAsync(school.Org($"/chats/{channel}/polls/{poll}/voters"));
        Assert.Equal("Козлов Миша", voters[0]!["names"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_group_chat_above_a_class_with_its_families_is_large_and_a_class_chat_is_not()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var classChat = await family.Setup.OpenClassChatAsync("everyone");
        var small = await family.Student.GetJsonAsync(school.Org($"/chats/{classChat}/members"));
        Assert.True(small["complete"]!.GetValue<bool>());
        Assert.Contains("Козлова Анна Петровна", Names(small));

        var group = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"),
            new { title = "Параллель пятых", memberIds = new[] { family.StudentId } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        // 100 more students of the school in the chat: written straight to the database, as a hundred sign-ups would leave them.
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 100; i++)
            {
                var account = new Account { Id = Guid.CreateVersion7(), UserName = $"student{i}-{Guid.NewGuid():N}", FullName = $"Ученик Параллели {i:D3}", CreatedAt = DateTime.UtcNow };
                db.Users.Add(account);
                db.Memberships.Add(new Membership
                {
                    Id = Guid.CreateVersion7(), OrganizationId = school.OrganizationId, AccountId = account.Id, Role = OrganizationRole.Student, JoinedAt = DateTime.UtcNow,
                });
                db.ChatMembers.Add(new ChatMember { Id = Guid.CreateVersion7(), OrganizationId = school.OrganizationId, ChatId = group, AccountId = account.Id, JoinedAt = DateTime.UtcNow });
            }
            await db.SaveChangesAsync();
        });

        var seen = await family.Student.GetJsonAsync(school.Org($"/chats/{group}/members"));
        Assert.False(seen["complete"]!.GetValue<bool>());
        Assert.Equal(102, seen["count"]!.GetValue<int>());
        Assert.Equal([Teacher], Names(seen));
        var byAdmin = await family.Teacher.GetJsonAsync(school.Org($"/chats/{group}/members"));
        Assert.True(byAdmin["complete"]!.GetValue<bool>());
        Assert.Equal(102, byAdmin["members"]!.AsArray().Count);
    }

    private const string Teacher = "Петров Иван Сергеевич";
}
