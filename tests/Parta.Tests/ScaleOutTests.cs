using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// Scale-out (issue 4, item 12): two server processes behind one database and one Redis act as one server.
/// A person's browser may land on either node; chats, ended sessions and removed members follow them there.
/// Runs on SQLite (two processes on one WAL file) and, under PARTA_TEST_PROVIDER=postgres, on PostgreSQL.
/// </summary>
public sealed class ScaleOutTests(ScaleOutTests.Cluster fixture) : IClassFixture<ScaleOutTests.Cluster>
{
    [Fact]
    public async Task A_message_sent_through_one_node_reaches_a_member_connected_to_the_other()
    {
        var cluster = await fixture.StartedAsync();
        var family = await cluster.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");

        // The cookie node A issued signs the student in on node B (shared data-protection keys).
        var studentOnB = cluster.B.Use(family.Student);
        Assert.Equal(family.StudentId, await studentOnB.AccountIdAsync());
        await using var studentHub = await HubClient.ConnectAsync(cluster.B, family.Student);
        await using var teacherHub = await HubClient.ConnectAsync(cluster.A, family.Teacher);

        await family.Teacher.PostMessageAsync(family.School, chatId, "Завтра контрольная");
        var received = (await studentHub.WaitForAsync("Message"))[0];
        Assert.Equal("Завтра контрольная", received["text"]!.GetValue<string>());
        Assert.Equal(chatId, received["chatId"]!.GetValue<Guid>());

        // And back: sent over the hub on B, over HTTP on B (its anti-forgery token from B), both reach A.
        await studentHub.SendAsync(chatId, "Хорошо, спасибо");
        await studentOnB.PostMessageAsync(family.School, chatId, "А какая тема?");
        var onA = await teacherHub.WaitForAsync("Message", 3);
        Assert.Equal(new[] { "Завтра контрольная", "Хорошо, спасибо", "А какая тема?" }, onA.Select(m => m["text"]!.GetValue<string>()));
        Assert.Equal(new[] { 1L, 2L, 3L }, onA.Select(m => m["seq"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Ending_a_session_on_one_node_closes_its_realtime_connection_on_the_other_at_once()
    {
        var cluster = await fixture.StartedAsync();
        var family = await cluster.ClassFamilyAsync();
        var phone = cluster.B.NewClient();
        await phone.SignInAsync(family.Setup.ClassTeacher.Credentials);
        await using var phoneHub = await HubClient.ConnectAsync(cluster.B, phone);
        await using var laptopHub = await HubClient.ConnectAsync(cluster.B, family.Teacher);

        // On node A, the teacher's laptop ends the phone's session (ID-6).
        var sessions = (await family.Teacher.GetJsonAsync("/api/account/sessions")).AsArray();
        var phoneSession = sessions.Single(s => !s!["current"]!.GetValue<bool>())!["id"]!.GetValue<Guid>();
        var watch = Stopwatch.StartNew();
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, $"/api/account/sessions/{phoneSession}"), HttpStatusCode.NoContent);

        var closed = await Task.WhenAny(phoneHub.Closed, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(closed == phoneHub.Closed, $"Node B kept the ended session's connection for 5 s.\n{cluster.Output}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(cluster.B, phone));
        Assert.True((await phone.SessionAsync())["user"] is null, "Node B still signs the ended session in.");

        // Only that session: the laptop's connection on B stays and keeps receiving.
        Assert.False(laptopHub.Closed.IsCompleted);
        var chatId = await family.Setup.OpenClassChatAsync("students");
        // Node B joins the laptop to the new chat when node A's change reaches it, and says so with ChatsChanged
        // (a client refetches then); a message posted before that is for the chat's history, not this connection.
        await laptopHub.WaitForAsync("ChatsChanged");
        await family.Teacher.PostMessageAsync(family.School, chatId, "Ещё на связи");
        await laptopHub.WaitForAsync("Message");
    }

    [Fact]
    public async Task Another_person_signing_in_on_a_shared_computer_through_one_node_is_who_the_other_node_sees()
    {
        var cluster = await fixture.StartedAsync();
        var family = await cluster.ClassFamilyAsync();
        // The staff-room computer: the class teacher is signed in, and node B has served (and cached) that session.
        var computer = cluster.A.NewClient();
        await computer.SignInAsync(family.Setup.ClassTeacher.Credentials);
        var teacherId = await computer.AccountIdAsync();
        var computerOnB = cluster.B.Use(computer);
        Assert.Equal(teacherId, await computerOnB.AccountIdAsync());
        await using var teachersHub = await HubClient.ConnectAsync(cluster.B, computer);

        // The administrator signs in on it through node A without signing the teacher out: the cookie keeps its
        // session key, which now belongs to the administrator.
        await computer.SignInAsync(family.School.Admin);
        var adminId = await computer.AccountIdAsync();
        Assert.NotEqual(teacherId, adminId);

        var closed = await Task.WhenAny(teachersHub.Closed, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(closed == teachersHub.Closed, $"Node B kept the teacher's realtime connection on the administrator's session.\n{cluster.Output}");
        Assert.Equal(adminId, await computerOnB.AccountIdAsync());
    }

    [Fact]
    public async Task Removing_a_member_on_one_node_stops_the_other_node_delivering_that_chat_to_them()
    {
        var cluster = await fixture.StartedAsync();
        var family = await cluster.ClassFamilyAsync();
        var chat = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/group"),
            new { title = "Олимпиада по математике", memberIds = new[] { family.StudentId } }), HttpStatusCode.Created);
        var chatId = chat["id"]!.GetValue<Guid>();
        var studentOnB = cluster.B.Use(family.Student);
        await using var studentHub = await HubClient.ConnectAsync(cluster.B, family.Student);
        // A member who stays, on the same node: proves B still delivers the chat after the removal.
        await using var teacherHub = await HubClient.ConnectAsync(cluster.B, family.Teacher);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Первый тур в субботу");
        await studentHub.WaitForAsync("Message");

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/members/{family.StudentId}")),
            HttpStatusCode.NoContent);
        Assert.Equal(chatId, (await studentHub.WaitForAsync("ChatRemoved", seconds: 5))[0].GetValue<Guid>());
        await family.Teacher.PostMessageAsync(family.School, chatId, "Список участников изменился");
        await teacherHub.WaitForAsync("Message", 2);

        Assert.Equal(new[] { "Первый тур в субботу" }, studentHub.Received("Message").Select(m => m["text"]!.GetValue<string>()));
        await ApiClient.ProblemAsync(await studentOnB.GetAsync(family.School.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
        var refused = await Assert.ThrowsAsync<HubException>(() => studentHub.SendAsync(chatId, "Можно мне обратно?"));
        Assert.Contains("HubException: chat_not_found:", refused.Message);
    }

    /// <summary>
    /// The two nodes, started once for the class. Without PARTA_TEST_REDIS the tests fail and say how to provide
    /// one (./test.sh always does): a skipped test would hide a failure.
    /// </summary>
    public sealed class Cluster : IAsyncLifetime
    {
        private readonly Lazy<Task<PartaCluster>> _cluster = new(() => PartaCluster.StartAsync(
            TestEnvironment.Redis ?? throw new InvalidOperationException(
                "The scale-out tests need a Redis: set PARTA_TEST_REDIS=127.0.0.1:<port> (e.g. redis-server --port 6390 --save '' " +
                "--appendonly no, then PARTA_TEST_REDIS=127.0.0.1:6390), or run ./test.sh, which starts one.")));

        public Task<PartaCluster> StartedAsync() => _cluster.Value;

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_cluster.IsValueCreated && _cluster.Value.IsCompletedSuccessfully) await _cluster.Value.Result.DisposeAsync();
        }
    }
}
