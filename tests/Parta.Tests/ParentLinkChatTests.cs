using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// ID-4 with BEY-3: a class's parent link gets forwarded, so holding it lets a person in only to ask for a
/// link to their child. The class chats and the channel open once a child (or the class teacher) confirms them.
/// </summary>
public sealed class ParentLinkChatTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_parent_linked_to_no_child_reaches_no_class_chat_by_http_or_hub_until_the_child_confirms()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Соколов Петя");
        var school = setup.School;
        var everyone = await setup.OpenClassChatAsync("everyone");
        var parents = await setup.OpenClassChatAsync("parents");
        var seq = (await setup.ClassTeacher.Client.PostMessageAsync(school, parents, "Собрание в четверг"))["seq"]!.GetValue<long>();
        var poll = (await ApiClient.ReadAsync(await setup.ClassTeacher.Client.PostJsonAsync(school.Org($"/chats/{everyone}/polls"),
            new { clientId = Guid.NewGuid(), question = "Экскурсия?", options = new[] { "Да", "Нет" } }), HttpStatusCode.Created))["poll"]!["id"]!.GetValue<Guid>();

        var (stranger, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Переславший Ссылку");
        Assert.True((await stranger.GetJsonAsync($"/api/organizations/{school.OrganizationId}"))["awaitingChild"]!.GetValue<bool>());
        Assert.Empty(await stranger.ChatsAsync(school));
        foreach (var chatId in new[] { everyone, parents })
        {
            await ApiClient.ProblemAsync(await stranger.GetAsync(school.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
            await ApiClient.ProblemAsync(await stranger.GetAsync(school.Org($"/chats/{chatId}/members")), HttpStatusCode.NotFound, "chat_not_found");
            await ApiClient.ProblemAsync(await stranger.PostJsonAsync(school.Org($"/chats/{chatId}/messages"), new { clientId = Guid.NewGuid(), text = "Здравствуйте" }),
                HttpStatusCode.NotFound, "chat_not_found");
        }
        await ApiClient.ProblemAsync(await stranger.PostJsonAsync(school.Org($"/chats/{parents}/messages/{seq}/reports"), new { reason = "spam" }),
            HttpStatusCode.NotFound, "chat_not_found");
        await ApiClient.ProblemAsync(await stranger.SendAsync(HttpMethod.Put, school.Org($"/chats/{everyone}/polls/{poll}/vote"), JsonContent.Create(new { options = new[] { 0 } })),
            HttpStatusCode.NotFound, "chat_not_found");
        await using (var hub = await HubClient.ConnectAsync(factory, stranger))
        {
            Assert.Contains("chat_not_found", (await Assert.ThrowsAsync<HubException>(() => hub.SyncAsync((parents, 0L)))).Message);
            Assert.Contains("chat_not_found", (await Assert.ThrowsAsync<HubException>(() => hub.SendAsync(everyone, "Здравствуйте"))).Message);
        }

        // Asking is not enough: the link waits for the child.
        var childMembership = (await student.GetJsonAsync(school.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();
        var link = await ApiClient.ReadAsync(await stranger.PostJsonAsync(school.Org("/guardianships"), new { studentMembershipId = childMembership, consent = true }),
            HttpStatusCode.Created);
        Assert.Empty(await stranger.ChatsAsync(school));
        await ApiClient.ProblemAsync(await stranger.GetAsync(school.Org($"/chats/{parents}/messages")), HttpStatusCode.NotFound, "chat_not_found");

        await using var parentHub = await HubClient.ConnectAsync(factory, stranger);
        await ApiClient.ReadAsync(await student.SendAsync(HttpMethod.Post, school.Org($"/guardianships/{link["guardianshipId"]}/confirm")), HttpStatusCode.NoContent);
        var kinds = (await stranger.ChatsAsync(school)).Select(c => c!["id"]!.GetValue<Guid>()).ToHashSet();
        Assert.Superset(new HashSet<Guid> { everyone, parents }, kinds);
        Assert.False((await stranger.GetJsonAsync($"/api/organizations/{school.OrganizationId}"))["awaitingChild"]!.GetValue<bool>());
        Assert.Equal("Собрание в четверг", (await stranger.MessagesAsync(school, parents))["messages"]![0]!["text"]!.GetValue<string>());
        // The open connection was moved into the chats as well: it hears what is said there from now on.
        await setup.ClassTeacher.Client.PostMessageAsync(school, parents, "Не забудьте сменную обувь");
        Assert.Equal("Не забудьте сменную обувь", (await parentHub.WaitForAsync("Message"))[0]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unlinked_parents_lose_the_school_chat_rows_the_old_rule_gave_them()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        var (stranger, _) = await factory.JoinByLinkAsync(await family.Setup.ClassLinkAsync("classParents"), "Давний Незнакомец");
        var strangerId = await stranger.AccountIdAsync();
        var channel = factory.WithDb(db => db.Chats.Single(c => c.OrganizationId == family.School.OrganizationId && c.Kind == ChatKind.Channel).Id);
        // As the rule before this fix left them: roster rows in the class chat and the channel.
        await factory.WithDbAsync(async db =>
        {
            foreach (var id in new[] { chatId, channel })
                db.ChatMembers.Add(new ChatMember
                {
                    Id = Guid.CreateVersion7(), OrganizationId = family.School.OrganizationId, ChatId = id, AccountId = strangerId,
                    FromRoster = true, JoinedAt = DateTime.UtcNow,
                });
            await db.SaveChangesAsync();
        });
        Assert.Equal(200, (int)(await stranger.GetAsync(family.School.Org($"/chats/{chatId}/messages"))).StatusCode);

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(DataFixes.UnlinkedParentsLeaveSchoolChats));

        await ApiClient.ProblemAsync(await stranger.GetAsync(family.School.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
        Assert.Empty(await stranger.ChatsAsync(family.School));
        // The confirmed parent, the student and the teacher keep theirs.
        foreach (var member in new[] { family.Parent, family.Student, family.Teacher })
            Assert.Contains(await member.ChatsAsync(family.School), c => c!["id"]!.GetValue<Guid>() == chatId);
    }
}
