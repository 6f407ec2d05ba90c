using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-1: comments under posts of the information channel — opening and closing them, live counts, deletion, refusals.</summary>
public sealed class ChannelCommentTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static long Seq(JsonNode message) => message["seq"]!.GetValue<long>();

    private static JsonContent Json(object body) => JsonContent.Create(body);

    /// <summary>The school's channel, after each of these people looked at their chat list (which puts them into it).</summary>
    private static async Task<Guid> ChannelAsync(ClassFamily family)
    {
        foreach (var member in new[] { family.Teacher, family.Student, family.Parent }) await member.ChatsAsync(family.School);
        return (await family.School.AdminClient.ChatsAsync(family.School)).Single(c => c!["kind"]!.GetValue<string>() == "channel")!["id"]!.GetValue<Guid>();
    }

    private static async Task<long> PostAsync(ClassFamily family, Guid channelId, string text, bool commentsEnabled) =>
        Seq(await ApiClient.ReadAsync(await family.School.AdminClient.PostJsonAsync(family.School.Org($"/chats/{channelId}/messages"),
            new { clientId = Guid.NewGuid(), text, commentsEnabled }), HttpStatusCode.Created));

    private static string Comments(ClassFamily family, Guid channelId, long seq, string rest = "") =>
        family.School.Org($"/chats/{channelId}/messages/{seq}/comments{rest}");

    private static Task<HttpResponseMessage> Comment(ApiClient client, ClassFamily family, Guid channelId, long seq, string text, Guid? clientId = null) =>
        client.PostJsonAsync(Comments(family, channelId, seq), new { clientId = clientId ?? Guid.NewGuid(), text });

    private static async Task<JsonNode> PostInPageAsync(ApiClient client, ClassFamily family, Guid channelId, long seq) =>
        (await client.MessagesAsync(family.School, channelId))["messages"]!.AsArray().Single(m => Seq(m!) == seq)!;

    [Fact]
    public async Task Members_comment_on_an_open_post_and_everyone_sees_the_count_move_until_the_administrator_closes_it()
    {
        var family = await factory.ClassFamilyAsync();
        var channelId = await ChannelAsync(family);
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        var post = await ApiClient.ReadAsync(await family.School.AdminClient.PostJsonAsync(family.School.Org($"/chats/{channelId}/messages"),
            new { clientId = Guid.NewGuid(), text = "В субботу — ярмарка выпечки. Что принесёте?", commentsEnabled = true }), HttpStatusCode.Created);
        Assert.True(post["commentsEnabled"]!.GetValue<bool>());
        Assert.Equal(0, post["commentCount"]!.GetValue<int>());
        var seq = Seq(post);

        var parentClientId = Guid.NewGuid();
        var byParent = await ApiClient.ReadAsync(await Comment(family.Parent, family, channelId, seq, "Испеку шарлотку", parentClientId), HttpStatusCode.Created);
        Assert.Equal("Козлова Анна Петровна", byParent["authorName"]!.GetValue<string>());
        await ApiClient.ReadAsync(await Comment(family.Student, family, channelId, seq, "А я принесу морс"), HttpStatusCode.Created);
        // A retried send with the same client id is the same comment.
        var retried = await ApiClient.ReadAsync(await Comment(family.Parent, family, channelId, seq, "Испеку шарлотку", parentClientId), HttpStatusCode.OK);
        Assert.Equal(byParent["id"]!.GetValue<Guid>(), retried["id"]!.GetValue<Guid>());

        var live = await teacherHub.WaitForAsync("CommentAdded", 2);
        Assert.Equal("А я принесу морс", live[1]["comment"]!["text"]!.GetValue<string>());
        Assert.Equal(2, live[1]["commentCount"]!.GetValue<int>());
        Assert.Equal(2, (await PostInPageAsync(family.Teacher, family, channelId, seq))["commentCount"]!.GetValue<int>());

        var first = await family.Teacher.GetJsonAsync(Comments(family, channelId, seq, "?limit=1"));
        Assert.True(first["hasMore"]!.GetValue<bool>());
        Assert.Equal("Испеку шарлотку", first["comments"]![0]!["text"]!.GetValue<string>());
        var second = await family.Teacher.GetJsonAsync(Comments(family, channelId, seq, $"?limit=1&after={first["comments"]![0]!["id"]}"));
        Assert.False(second["hasMore"]!.GetValue<bool>());
        Assert.Equal("Козлов Миша", second["comments"]!.AsArray().Single()!["authorName"]!.GetValue<string>());

        // Only the channel's administrators open and close comments.
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, Comments(family, channelId, seq), Json(new { enabled = false })),
            HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Parent.SendAsync(HttpMethod.Put, Comments(family, channelId, seq), Json(new { enabled = false })),
            HttpStatusCode.Forbidden, "forbidden");
        var closed = await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Put, Comments(family, channelId, seq), Json(new { enabled = false })),
            HttpStatusCode.OK);
        Assert.False(closed["commentsEnabled"]!.GetValue<bool>());
        Assert.False((await teacherHub.WaitForAsync("MessageChanged"))[0]["commentsEnabled"]!.GetValue<bool>());
        await ApiClient.ProblemAsync(await Comment(family.Parent, family, channelId, seq, "Ещё вопрос"), HttpStatusCode.Conflict, "comments_closed");
        // Closing stops new comments; the existing ones stay readable and counted.
        Assert.Equal(2, (await family.Parent.GetJsonAsync(Comments(family, channelId, seq)))["comments"]!.AsArray().Count);
        Assert.Equal(2, (await PostInPageAsync(family.Parent, family, channelId, seq))["commentCount"]!.GetValue<int>());

        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Put, Comments(family, channelId, seq), Json(new { enabled = true })), HttpStatusCode.OK);
        await ApiClient.ReadAsync(await Comment(family.Parent, family, channelId, seq, "Ещё вопрос"), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_comment_is_deleted_by_its_author_or_an_administrator_and_a_deleted_post_takes_its_thread_with_it()
    {
        var family = await factory.ClassFamilyAsync();
        var channelId = await ChannelAsync(family);
        var seq = await PostAsync(family, channelId, "Фотографии с линейки — в комментариях", commentsEnabled: true);
        await using var teacherHub = await HubClient.ConnectAsync(factory, family.Teacher);
        var parentComment = (await ApiClient.ReadAsync(await Comment(family.Parent, family, channelId, seq, "Спасибо!"), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var studentComment = (await ApiClient.ReadAsync(await Comment(family.Student, family, channelId, seq, "Класс!"), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Delete, Comments(family, channelId, seq, $"/{parentComment}")), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Delete, Comments(family, channelId, seq, $"/{parentComment}")), HttpStatusCode.Forbidden, "forbidden");
        var byAuthor = await ApiClient.ReadAsync(await family.Parent.SendAsync(HttpMethod.Delete, Comments(family, channelId, seq, $"/{parentComment}")), HttpStatusCode.OK);
        Assert.True(byAuthor["deleted"]!.GetValue<bool>());
        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Delete, Comments(family, channelId, seq, $"/{studentComment}")), HttpStatusCode.OK);
        var deletions = await teacherHub.WaitForAsync("CommentDeleted", 2);
        Assert.Equal([1, 0], deletions.Select(d => d["commentCount"]!.GetValue<int>()));

        var thread = (await family.Teacher.GetJsonAsync(Comments(family, channelId, seq)))["comments"]!.AsArray();
        Assert.Equal(2, thread.Count);
        Assert.All(thread, c => Assert.True(c!["deleted"]!.GetValue<bool>() && c["text"]!.GetValue<string>() == ""));
        Assert.Equal(0, (await PostInPageAsync(family.Teacher, family, channelId, seq))["commentCount"]!.GetValue<int>());

        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{channelId}/messages/{seq}")), HttpStatusCode.OK);
        await ApiClient.ProblemAsync(await family.Parent.GetAsync(Comments(family, channelId, seq)), HttpStatusCode.NotFound, "message_not_found");
        await ApiClient.ProblemAsync(await Comment(family.Parent, family, channelId, seq, "Где фото?"), HttpStatusCode.NotFound, "message_not_found");
    }

    [Fact]
    public async Task Comments_are_refused_outside_open_channel_posts_to_restricted_members_strangers_and_anonymous_callers()
    {
        var family = await factory.ClassFamilyAsync();
        var channelId = await ChannelAsync(family);
        var classChat = await family.Setup.OpenClassChatAsync("everyone");
        var refused = await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{classChat}/messages"),
            new { clientId = Guid.NewGuid(), text = "Обсудим?", commentsEnabled = true }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(refused["errors"]!["commentsEnabled"]);
        var classMessage = Seq(await family.Teacher.PostMessageAsync(family.School, classChat, "Обсудим здесь"));
        await ApiClient.ProblemAsync(await family.Parent.GetAsync(family.School.Org($"/chats/{classChat}/messages/{classMessage}/comments")), HttpStatusCode.NotFound, "message_not_found");

        var quiet = await PostAsync(family, channelId, "Каникулы с 28 октября", commentsEnabled: false);
        Assert.False((await PostInPageAsync(family.Parent, family, channelId, quiet))["commentsEnabled"]!.GetValue<bool>());
        await ApiClient.ProblemAsync(await Comment(family.Parent, family, channelId, quiet, "А продлёнка?"), HttpStatusCode.Conflict, "comments_closed");

        var open = await PostAsync(family, channelId, "Вопросы о питании — сюда", commentsEnabled: true);
        var empty = await ApiClient.ProblemAsync(await Comment(family.Parent, family, channelId, open, "   "), HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(empty["errors"]!["text"]);
        await factory.WithDbAsync(db => db.ChatMembers.Where(m => m.ChatId == channelId && m.AccountId == family.StudentId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.WritingRestrictedUntil, DateTime.UtcNow.AddHours(1))));
        await ApiClient.ProblemAsync(await Comment(family.Student, family, channelId, open, "Котлеты невкусные"), HttpStatusCode.Forbidden, "writing_restricted");

        var stranger = (await factory.RegisterSchoolAsync()).AdminClient;
        await ApiClient.ProblemAsync(await stranger.GetAsync(Comments(family, channelId, open)), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await Comment(stranger, family, channelId, open, "Привет"), HttpStatusCode.NotFound, "organization_not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync(Comments(family, channelId, open))).StatusCode);
        Assert.Empty((await family.Teacher.GetJsonAsync(Comments(family, channelId, open)))["comments"]!.AsArray());
    }
}
