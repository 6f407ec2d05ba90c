using System.Net;
using System.Text.Json.Nodes;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-2: chat invitation links admit members of the organization only, expire, run out and are revoked.</summary>
public sealed class ChatInviteLinkTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    [Fact]
    public async Task A_colleague_previews_and_joins_a_group_chat_through_its_link_and_is_live_at_once()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await GroupChatAsync(family.Teacher, family, "Олимпиада по математике", family.StudentId);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Первый тур в субботу");
        var colleague = await factory.VerifiedTeacherAsync(family.School);
        await using var colleagueHub = await HubClient.ConnectAsync(factory, colleague.Client);
        await using var studentHub = await HubClient.ConnectAsync(factory, family.Student);

        var link = await CreateLinkAsync(family, chatId, new { maxUses = 10 });
        Assert.Equal(10, link["maxUses"]!.GetValue<int>());
        Assert.Equal("active", link["state"]!.GetValue<string>());
        var token = TokenOf(link);
        Assert.Matches("^[A-Za-z0-9_-]{20,}$", token);

        var preview = await colleague.Client.GetJsonAsync($"/api/chat-invites/{token}");
        Assert.Equal("Олимпиада по математике", preview["chatTitle"]!.GetValue<string>());
        Assert.Equal(chatId, preview["chatId"]!.GetValue<Guid>());
        Assert.Equal(family.School.OrganizationId, preview["organizationId"]!.GetValue<Guid>());
        Assert.False(string.IsNullOrEmpty(preview["organizationName"]!.GetValue<string>()));
        Assert.Equal(2, preview["membersCount"]!.GetValue<int>());
        Assert.False(preview["alreadyMember"]!.GetValue<bool>());

        var joined = await ApiClient.ReadAsync(await colleague.Client.PostJsonAsync($"/api/chat-invites/{token}/join", new { }), HttpStatusCode.Created);
        Assert.Equal(chatId, joined["id"]!.GetValue<Guid>());
        Assert.Equal(0, joined["unread"]!.GetValue<long>());
        await colleagueHub.WaitForAsync("ChatsChanged");
        await studentHub.WaitForAsync("ChatsChanged");
        // The chat shows its history to newcomers (the default), and the new member's connection follows it at once.
        Assert.Single((await colleague.Client.MessagesAsync(family.School, chatId))["messages"]!.AsArray());
        await family.Student.PostMessageAsync(family.School, chatId, "Я тоже участвую");
        Assert.Equal("Я тоже участвую", (await colleagueHub.WaitForAsync("Message"))[0]["text"]!.GetValue<string>());

        // Joining again only opens the chat: no second row, no use counted.
        Assert.True((await colleague.Client.GetJsonAsync($"/api/chat-invites/{token}"))["alreadyMember"]!.GetValue<bool>());
        await ApiClient.ReadAsync(await colleague.Client.PostJsonAsync($"/api/chat-invites/{token}/join", new { }), HttpStatusCode.OK);
        var listed = (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray().Single()!;
        Assert.Equal(1, listed["uses"]!.GetValue<int>());
        Assert.Null(listed["url"]);
        Assert.DoesNotContain(token, listed.ToJsonString());
        Assert.Equal(3, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/members")))["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_newcomer_sees_no_history_when_the_chat_keeps_it_from_new_members()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await GroupChatAsync(family.Teacher, family, "Родительский комитет", family.ParentId);
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, family.School.Org($"/chats/{chatId}"),
            System.Net.Http.Json.JsonContent.Create(new { newMembersSeeHistory = false })), HttpStatusCode.NoContent);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Только для прежних участников");
        var colleague = await factory.VerifiedTeacherAsync(family.School);

        await ApiClient.ReadAsync(await colleague.Client.PostJsonAsync($"/api/chat-invites/{TokenOf(await CreateLinkAsync(family, chatId, new { }))}/join", new { }),
            HttpStatusCode.Created);
        Assert.Empty((await colleague.Client.MessagesAsync(family.School, chatId))["messages"]!.AsArray());
    }

    [Fact]
    public async Task Two_people_racing_for_the_last_use_get_exactly_one_seat()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await GroupChatAsync(family.Teacher, family, "Одно место", family.StudentId);
        var token = TokenOf(await CreateLinkAsync(family, chatId, new { maxUses = 1 }));
        var first = await factory.VerifiedTeacherAsync(family.School);
        var second = await factory.VerifiedTeacherAsync(family.School);

        var answers = await Task.WhenAll(first.Client.PostJsonAsync($"/api/chat-invites/{token}/join", new { }),
            second.Client.PostJsonAsync($"/api/chat-invites/{token}/join", new { }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        await ApiClient.ProblemAsync(answers.Single(a => a.StatusCode != HttpStatusCode.Created), HttpStatusCode.Gone, "invite_link_used_up");
        Assert.Equal(1, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray().Single()!["uses"]!.GetValue<int>());
        Assert.Equal(3, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/members")))["count"]!.GetValue<int>());
        var third = await factory.VerifiedTeacherAsync(family.School);
        await ApiClient.ProblemAsync(await third.Client.GetAsync($"/api/chat-invites/{token}"), HttpStatusCode.Gone, "invite_link_used_up");
    }

    [Fact]
    public async Task An_expired_a_revoked_and_an_unknown_link_say_so()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await GroupChatAsync(family.Teacher, family, "Экскурсия", family.StudentId);
        var colleague = await factory.VerifiedTeacherAsync(family.School);
        var shortLived = TokenOf(await CreateLinkAsync(family, chatId, new { expiresAt = DateTime.UtcNow.AddSeconds(2) }));
        var revoked = await CreateLinkAsync(family, chatId, new { });

        var revokedNow = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete,
            family.School.Org($"/chats/{chatId}/invite-links/{revoked["id"]}")), HttpStatusCode.OK);
        Assert.Equal("revoked", revokedNow["state"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await colleague.Client.PostJsonAsync($"/api/chat-invites/{TokenOf(revoked)}/join", new { }), HttpStatusCode.Gone, "invite_link_revoked");
        await ApiClient.ProblemAsync(await colleague.Client.GetAsync("/api/chat-invites/no-such-link"), HttpStatusCode.NotFound, "invite_link_not_found");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/invite-links/{Guid.NewGuid()}")),
            HttpStatusCode.NotFound, "invite_link_not_found");

        await Task.Delay(TimeSpan.FromSeconds(3));
        await ApiClient.ProblemAsync(await colleague.Client.PostJsonAsync($"/api/chat-invites/{shortLived}/join", new { }), HttpStatusCode.Gone, "invite_link_expired");
        Assert.Equal(2, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/members")))["count"]!.GetValue<int>());
        var states = (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray().Select(l => l!["state"]!.GetValue<string>());
        Assert.Equal(["expired", "revoked"], states.Order());
    }

    [Fact]
    public async Task Only_members_of_the_organization_get_in_and_a_student_only_through_someone_who_may_reach_them()
    {
        var family = await factory.ClassFamilyAsync();
        // A teacher not assigned to the student's class may not reach the student (ID-7), so neither may their link.
        var stranger = await factory.VerifiedTeacherAsync(family.School);
        var strangersChat = await GroupChatAsync(stranger.Client, family, "Шахматный кружок");
        var strangersToken = TokenOf(await CreateLinkAsync(family, strangersChat, new { }, stranger.Client));
        var refused = await ApiClient.ProblemAsync(await family.Student.PostJsonAsync($"/api/chat-invites/{strangersToken}/join", new { }),
            HttpStatusCode.Forbidden, "student_unreachable");
        Assert.Contains("учителя", refused["title"]!.GetValue<string>());
        await ApiClient.ReadAsync(await family.Parent.PostJsonAsync($"/api/chat-invites/{strangersToken}/join", new { }), HttpStatusCode.Created);

        // The class teacher's link admits their student.
        var classTeachersChat = await GroupChatAsync(family.Teacher, family, "Дежурство");
        await ApiClient.ReadAsync(await family.Student.PostJsonAsync($"/api/chat-invites/{TokenOf(await CreateLinkAsync(family, classTeachersChat, new { }))}/join", new { }),
            HttpStatusCode.Created);

        var outsider = (await factory.RegisterSchoolAsync()).AdminClient;
        var notMember = await ApiClient.ProblemAsync(await outsider.PostJsonAsync($"/api/chat-invites/{strangersToken}/join", new { }),
            HttpStatusCode.Forbidden, "not_organization_member");
        Assert.StartsWith("Ссылка действует только для участников", notMember["title"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await outsider.GetAsync($"/api/chat-invites/{strangersToken}"), HttpStatusCode.Forbidden, "not_organization_member");
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync($"/api/chat-invites/{strangersToken}"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Roster_chats_and_direct_chats_have_no_invitation_links_and_bad_limits_are_refused()
    {
        var family = await factory.ClassFamilyAsync();
        var classChat = await family.Setup.OpenClassChatAsync("everyone");
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{classChat}/invite-links"), new { }), HttpStatusCode.Conflict, "roster_chat");
        var direct = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.ParentId }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{direct}/invite-links"), new { }), HttpStatusCode.Conflict, "not_group_chat");

        var chatId = await GroupChatAsync(family.Teacher, family, "Проект", family.StudentId);
        var bad = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"),
            new { expiresAt = DateTime.UtcNow.AddMinutes(-1), maxUses = 0 }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(bad["errors"]!["expiresAt"]);
        Assert.NotNull(bad["errors"]!["maxUses"]);
        // Only the chat's admins invite here, unless the chat lets everyone.
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"), new { }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, family.School.Org($"/chats/{chatId}"),
            System.Net.Http.Json.JsonContent.Create(new { whoMayInvite = "everyone" })), HttpStatusCode.NoContent);
        var studentsLink = await CreateLinkAsync(family, chatId, new { }, family.Student);
        Assert.Single((await family.Student.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray());
        await CreateLinkAsync(family, chatId, new { });
        Assert.Equal(2, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray().Count);
        Assert.Equal(family.StudentId, studentsLink["createdById"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_members_link_admits_only_while_its_maker_may_still_invite()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await GroupChatAsync(family.Teacher, family, "Проектная неделя", family.StudentId);
        await SetWhoMayInviteAsync(family, chatId, "everyone");
        var studentsToken = TokenOf(await CreateLinkAsync(family, chatId, new { }, family.Student));
        var teachersToken = TokenOf(await CreateLinkAsync(family, chatId, new { }));
        var first = await factory.VerifiedTeacherAsync(family.School);
        var second = await factory.VerifiedTeacherAsync(family.School);
        var third = await factory.VerifiedTeacherAsync(family.School);

        // The chat's admin leaves inviting to admins: the student's link stops, the admin's own goes on.
        await SetWhoMayInviteAsync(family, chatId, "admins");
        var refused = await ApiClient.ProblemAsync(await first.Client.GetAsync($"/api/chat-invites/{studentsToken}"), HttpStatusCode.Gone, "invite_link_inactive");
        Assert.Contains("новую ссылку", refused["title"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await first.Client.PostJsonAsync($"/api/chat-invites/{studentsToken}/join", new { }), HttpStatusCode.Gone, "invite_link_inactive");
        await ApiClient.ReadAsync(await first.Client.PostJsonAsync($"/api/chat-invites/{teachersToken}/join", new { }), HttpStatusCode.Created);
        // The admin's list says so too, instead of calling the student's link active.
        var states = (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"))).AsArray()
            .ToDictionary(l => l!["createdById"]!.GetValue<Guid>() == family.StudentId ? "student" : "teacher", l => l!["state"]!.GetValue<string>());
        Assert.Equal("inactive", states["student"]);
        Assert.Equal("active", states["teacher"]);

        // Opened to everyone again, the student's link works; once the student is out of the chat, it does not.
        await SetWhoMayInviteAsync(family, chatId, "everyone");
        await ApiClient.ReadAsync(await second.Client.PostJsonAsync($"/api/chat-invites/{studentsToken}/join", new { }), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/members/{family.StudentId}")), HttpStatusCode.NoContent);
        await ApiClient.ProblemAsync(await third.Client.PostJsonAsync($"/api/chat-invites/{studentsToken}/join", new { }), HttpStatusCode.Gone, "invite_link_inactive");
        Assert.Equal(3, (await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/members")))["count"]!.GetValue<int>());
    }

    private static async Task SetWhoMayInviteAsync(ClassFamily family, Guid chatId, string whoMayInvite) =>
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, family.School.Org($"/chats/{chatId}"),
            System.Net.Http.Json.JsonContent.Create(new { whoMayInvite })), HttpStatusCode.NoContent);

    private static async Task<Guid> GroupChatAsync(ApiClient by, ClassFamily family, string title, params Guid[] memberIds) =>
        (await ApiClient.ReadAsync(await by.PostJsonAsync(family.School.Org("/chats/group"), new { title, memberIds }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    private static async Task<JsonNode> CreateLinkAsync(ClassFamily family, Guid chatId, object body, ApiClient? by = null) =>
        await ApiClient.ReadAsync(await (by ?? family.Teacher).PostJsonAsync(family.School.Org($"/chats/{chatId}/invite-links"), body), HttpStatusCode.Created);

    /// <summary>The token is the last part of the link's address, /chat-invite/{token} on the web client.</summary>
    private static string TokenOf(JsonNode link)
    {
        var url = link["url"]!.GetValue<string>();
        Assert.Contains("/chat-invite/", url);
        return url.Split('/')[^1];
    }
}
