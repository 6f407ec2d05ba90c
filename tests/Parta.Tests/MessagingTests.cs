using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>MSG-1…4: chats that follow the class, messages in real time, exactly-once delivery across reconnects.</summary>
public sealed class MessagingTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    private static long Seq(JsonNode message) => message["seq"]!.GetValue<long>();

    [Fact]
    public async Task Class_chat_follows_the_class_and_a_message_reaches_the_student_at_once_with_unread_and_receipts()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");

        var studentChats = await family.Student.ChatsAsync(family.School);
        Assert.Contains(studentChats, c => c!["id"]!.GetValue<Guid>() == chatId && c["title"]!.GetValue<string>() == "5А — ученики");
        Assert.Contains(studentChats, c => c!["kind"]!.GetValue<string>() == "channel");
        Assert.DoesNotContain(await family.Parent.ChatsAsync(family.School), c => c!["id"]!.GetValue<Guid>() == chatId);

        await using var hub = await HubClient.ConnectAsync(factory, family.Student);
        var sent = await family.Teacher.PostMessageAsync(family.School, chatId, "Завтра контрольная по математике, **не забудьте** линейки");
        var received = (await hub.WaitForAsync("Message"))[0];
        Assert.Equal(Seq(sent), Seq(received));
        Assert.Equal(1, Seq(received));
        Assert.Equal("Завтра контрольная по математике, **не забудьте** линейки", received["text"]!.GetValue<string>());
        Assert.True(received["senderVerifiedTeacher"]!.GetValue<bool>());

        Assert.Equal(1, (await family.Student.ChatAsync(family.School, chatId))["unread"]!.GetValue<long>());
        var receipt = (await family.Teacher.MessagesAsync(family.School, chatId))["receipts"]![0]!;
        Assert.Equal(0, receipt["read"]!.GetValue<int>());
        Assert.Equal(1, receipt["of"]!.GetValue<int>());

        await hub.InvokeVoidAsync("MarkRead", chatId, 1L);
        Assert.Equal(0, (await family.Student.ChatAsync(family.School, chatId))["unread"]!.GetValue<long>());
        receipt = (await family.Teacher.MessagesAsync(family.School, chatId))["receipts"]![0]!;
        Assert.Equal(1, receipt["read"]!.GetValue<int>());
        var readers = await family.Teacher.GetJsonAsync(family.School.Org($"/chats/{chatId}/messages/1/readers"));
        Assert.Equal("Козлов Миша", readers["read"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retried_send_is_stored_once_over_the_hub_and_over_http()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("everyone");
        await using var hub = await HubClient.ConnectAsync(factory, family.Student);
        var clientId = Guid.NewGuid();

        var first = await hub.SendAsync(chatId, "Я заболел, меня не будет", clientId);
        var retried = await hub.SendAsync(chatId, "Я заболел, меня не будет", clientId);
        var overHttp = await family.Student.PostMessageAsync(family.School, chatId, "Я заболел, меня не будет", clientId, HttpStatusCode.OK);

        Assert.Equal(first["id"]!.GetValue<Guid>(), retried["id"]!.GetValue<Guid>());
        Assert.Equal(Seq(first), Seq(overHttp));
        var page = await family.Teacher.MessagesAsync(family.School, chatId);
        Assert.Single(page["messages"]!.AsArray());
        Assert.Equal(1, (await family.Teacher.ChatAsync(family.School, chatId))["lastSeq"]!.GetValue<long>());
    }

    [Fact]
    public async Task Sends_at_once_to_three_chats_with_retries_among_them_are_numbered_without_gaps_and_stored_once()
    {
        // Messages are written in batches (MessageWriteQueue); a retry in the same batch as its original must
        // fail alone and answer with the stored message, and no chat may skip or repeat a number.
        var family = await factory.ClassFamilyAsync();
        var chats = new[] { await family.Setup.OpenClassChatAsync("students"), await family.Setup.OpenClassChatAsync("parents"), await family.Setup.OpenClassChatAsync("everyone") };
        var sends = chats.SelectMany(chat => Enumerable.Range(1, 15).Select(i => (Chat: chat, ClientId: Guid.NewGuid(), Text: $"Объявление {i}"))).ToList();
        var retries = sends.Where((_, i) => i % 5 == 0).ToList();

        var answers = await Task.WhenAll(sends.Concat(retries).Select(async s =>
        {
            var response = await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{s.Chat}/messages"), new { clientId = s.ClientId, text = s.Text });
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return (s.ClientId, Message: await ApiClient.ReadAsync(response, response.StatusCode));
        }));

        Assert.All(answers.GroupBy(a => a.ClientId), same => Assert.Single(same.Select(a => Seq(a.Message)).Distinct()));
        foreach (var chat in chats)
        {
            var page = await family.Teacher.MessagesAsync(family.School, chat);
            var stored = page["messages"]!.AsArray().Select(m => (Seq: Seq(m!), ClientId: m!["clientId"]!.GetValue<Guid>())).ToList();
            Assert.Equal(Enumerable.Range(1, 15).Select(i => (long)i), stored.Select(m => m.Seq).Order());
            Assert.Equal(sends.Where(s => s.Chat == chat).Select(s => s.ClientId).Order(), stored.Select(m => m.ClientId).Order());
            var summary = await family.Teacher.ChatAsync(family.School, chat);
            Assert.Equal(15, summary["lastSeq"]!.GetValue<long>());
            Assert.Equal(0, summary["unread"]!.GetValue<long>()); // the sender's read cursor moved with their messages
        }
    }

    [Fact]
    public async Task A_reconnecting_client_gets_exactly_the_500_messages_it_missed()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("parents");
        var hub = await HubClient.ConnectAsync(factory, family.Parent);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Собрание в четверг в 18:00");
        var last = Seq((await hub.WaitForAsync("Message"))[0]);
        await hub.DisposeAsync();

        for (var i = 1; i <= 500; i++) await family.Teacher.PostMessageAsync(family.School, chatId, $"Сообщение {i}");

        await using var again = await HubClient.ConnectAsync(factory, family.Parent);
        var synced = (await again.SyncAsync((chatId, last))).AsArray().Single()!;
        var seqs = synced["messages"]!.AsArray().Select(m => Seq(m!)).ToList();
        Assert.True(synced["complete"]!.GetValue<bool>());
        Assert.Equal(Enumerable.Range((int)last + 1, 500).Select(i => (long)i), seqs);
        Assert.Equal("Сообщение 500", synced["messages"]![499]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_who_may_not_remove_others_is_told_why_in_the_handlers_own_words()
    {
        var family = await factory.ClassFamilyAsync();
        var chat = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/group"),
            new { title = "Поездка в музей", memberIds = new[] { family.StudentId, family.ParentId } }), HttpStatusCode.Created);
        var chatId = chat["id"]!.GetValue<Guid>();

        var refusal = await ApiClient.ProblemAsync(await family.Student.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/members/{family.ParentId}")),
            HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("Это могут только администраторы чата", refusal["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_removed_member_receives_nothing_more_and_loses_the_chat_at_once()
    {
        var family = await factory.ClassFamilyAsync();
        var chat = await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/group"),
            new { title = "Олимпиада по математике", memberIds = new[] { family.StudentId } }), HttpStatusCode.Created);
        var chatId = chat["id"]!.GetValue<Guid>();
        await using var hub = await HubClient.ConnectAsync(factory, family.Student);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Первый тур в субботу");
        await hub.WaitForAsync("Message");

        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/members/{family.StudentId}")), HttpStatusCode.NoContent);
        Assert.Equal(chatId, (await hub.WaitForAsync("ChatRemoved"))[0].GetValue<Guid>());
        await family.Teacher.PostMessageAsync(family.School, chatId, "Список участников изменился");
        var probe = await HubClient.ConnectAsync(factory, family.Teacher);
        await family.Teacher.PostMessageAsync(family.School, chatId, "Проверка доставки");
        await probe.WaitForAsync("Message");
        await probe.DisposeAsync();

        Assert.Single(hub.Received("Message"));
        await ApiClient.ProblemAsync(await family.Student.GetAsync(family.School.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.SendAsync(chatId, "Можно мне обратно?"));
        Assert.Contains("HubException: chat_not_found:", refused.Message);
    }

    [Fact]
    public async Task An_ended_session_loses_its_realtime_connection_at_once()
    {
        var family = await factory.ClassFamilyAsync();
        var phone = factory.NewClient();
        await phone.SignInAsync(family.Setup.ClassTeacher.Credentials);
        await using var hub = await HubClient.ConnectAsync(factory, phone);

        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync("/api/account/sessions/end-others", new { }), HttpStatusCode.OK);
        var closed = await Task.WhenAny(hub.Closed, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.Same(hub.Closed, closed);
        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(factory, phone));
    }

    [Fact]
    public async Task Deactivating_a_member_closes_every_chat_of_the_organization_to_their_live_connection()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        await using var hub = await HubClient.ConnectAsync(factory, family.Student);
        var studentMembership = (await family.Student.GetJsonAsync(family.School.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();

        await ApiClient.ReadAsync(await family.School.AdminClient.SendAsync(HttpMethod.Post, family.School.Org($"/members/{studentMembership}/deactivate")), HttpStatusCode.NoContent);
        await hub.WaitForAsync("ChatRemoved", 2);
        await family.Teacher.PostMessageAsync(family.School, chatId, "После отчисления");
        await Task.Delay(300);
        Assert.Empty(hub.Received("Message"));
    }

    [Fact]
    public async Task Only_administrators_post_to_the_information_channel_and_every_member_reads_it()
    {
        var family = await factory.ClassFamilyAsync();
        var channelId = (await family.School.AdminClient.ChatsAsync(family.School)).Single(c => c!["kind"]!.GetValue<string>() == "channel")!["id"]!.GetValue<Guid>();
        await using var parentHub = await HubClient.ConnectAsync(factory, family.Parent);
        // The parent's first look at the chat list puts them into the channel.
        Assert.Contains(await family.Parent.ChatsAsync(family.School), c => c!["id"]!.GetValue<Guid>() == channelId);
        await using var hub = await HubClient.ConnectAsync(factory, family.Parent);

        await family.School.AdminClient.PostMessageAsync(family.School, channelId, "Уважаемые родители! С 1 декабря меняется расписание звонков.");
        Assert.Contains("расписание звонков", (await hub.WaitForAsync("Message"))[0]["text"]!.GetValue<string>());
        await ApiClient.ProblemAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{channelId}/messages"), new { clientId = Guid.NewGuid(), text = "Можно?" }),
            HttpStatusCode.Forbidden, "chat_read_only");
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.SendAsync(channelId, "А можно вопрос?"));
        Assert.Contains("HubException: chat_read_only:", refused.Message);
    }

    [Fact]
    public async Task Nobody_but_teachers_administrators_parents_and_classmates_reaches_a_student()
    {
        var family = await factory.ClassFamilyAsync();
        var other = await factory.ClassWithTeacherAsync(6, "Б");
        // A parent from another class of another school cannot even see the student.
        var otherClassInSameSchool = await family.School.CreateClassAsync(7, "В");
        var (stranger, _) = await factory.JoinByLinkAsync(
            (await ApiClient.ReadAsync(await family.School.AdminClient.PostJsonAsync(family.School.Org("/join-links"), new { kind = "classParents", classId = otherClassInSameSchool }),
                HttpStatusCode.Created))["token"]!.GetValue<string>(), "Чужой Родитель");
        var verifiedElsewhere = await factory.VerifiedTeacherAsync(family.School);

        // No child confirmed this parent, so they open no chat at all yet (ID-4); the student is out of reach either way.
        await ApiClient.ProblemAsync(await stranger.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.Forbidden, "child_not_confirmed");
        await ApiClient.ProblemAsync(await verifiedElsewhere.Client.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.Forbidden, "student_unreachable");
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = await stranger.AccountIdAsync() }), HttpStatusCode.Forbidden, "student_unreachable");
        await ApiClient.ProblemAsync(await other.School.AdminClient.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.NotFound, "organization_not_found");

        var byParent = await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.Created);
        var again = await ApiClient.ReadAsync(await family.Student.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.ParentId }), HttpStatusCode.OK);
        Assert.Equal(byParent["id"]!.GetValue<Guid>(), again["id"]!.GetValue<Guid>());
        Assert.Equal("Козлов Миша", byParent["title"]!.GetValue<string>());
        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.Created);
        await ApiClient.ReadAsync(await family.School.AdminClient.PostJsonAsync(family.School.Org("/chats/direct"), new { accountId = family.StudentId }), HttpStatusCode.Created);
        var members = await family.Student.GetJsonAsync(family.School.Org($"/chats/{byParent["id"]}/members"));
        Assert.DoesNotContain("+7", members.ToJsonString());
        Assert.DoesNotContain("@", members.ToJsonString());
    }

    [Fact]
    public async Task The_author_edits_and_a_chat_admin_deletes_for_everyone()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        await using var hub = await HubClient.ConnectAsync(factory, family.Teacher);
        var message = await family.Student.PostMessageAsync(family.School, chatId, "Домашка на завтра какая?");
        var seq = Seq(message);

        var edited = await ApiClient.ReadAsync(await family.Student.SendAsync(HttpMethod.Put, family.School.Org($"/chats/{chatId}/messages/{seq}"),
            System.Net.Http.Json.JsonContent.Create(new { text = "Какое домашнее задание на завтра?" })), HttpStatusCode.OK);
        Assert.NotNull(edited["editedAt"]);
        await ApiClient.ProblemAsync(await family.Teacher.SendAsync(HttpMethod.Put, family.School.Org($"/chats/{chatId}/messages/{seq}"),
            System.Net.Http.Json.JsonContent.Create(new { text = "Чужая правка" })), HttpStatusCode.Forbidden, "not_author");

        var reply = await hub.SendAsync(chatId, "Параграф 12", replyToSeq: seq);
        Assert.Equal("Какое домашнее задание на завтра?", reply["replyTo"]!["text"]!.GetValue<string>());

        var deleted = await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Delete, family.School.Org($"/chats/{chatId}/messages/{seq}")), HttpStatusCode.OK);
        Assert.True(deleted["deleted"]!.GetValue<bool>());
        var changed = await hub.WaitForAsync("MessageChanged", 2);
        Assert.Equal("", changed[1]["text"]!.GetValue<string>());
        var page = await family.Student.MessagesAsync(family.School, chatId);
        Assert.Equal("", page["messages"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(2, page["messages"]!.AsArray().Count);
    }

    [Fact]
    public async Task Outsiders_and_anonymous_callers_get_nothing_of_a_chat()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = await family.Setup.OpenClassChatAsync("students");
        await family.Teacher.PostMessageAsync(family.School, chatId, "Только для класса");
        var outsider = (await factory.RegisterSchoolAsync()).AdminClient;

        await ApiClient.ProblemAsync(await outsider.GetAsync(family.School.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "organization_not_found");
        await ApiClient.ProblemAsync(await factory.NewClient().GetAsync(family.School.Org("/chats")), HttpStatusCode.Unauthorized, "unauthenticated");
        await using var outsiderHub = await HubClient.ConnectAsync(factory, outsider);
        var refused = await Assert.ThrowsAsync<HubException>(() => outsiderHub.SyncAsync((chatId, 0L)));
        Assert.Contains("HubException: chat_not_found:", refused.Message);
        await Assert.ThrowsAnyAsync<Exception>(() => HubClient.ConnectAsync(factory, factory.NewClient()));
        // The parent is in the school but not in the students' chat.
        await ApiClient.ProblemAsync(await family.Parent.GetAsync(family.School.Org($"/chats/{chatId}/messages")), HttpStatusCode.NotFound, "chat_not_found");
    }

    [Fact]
    public async Task A_member_added_to_a_chat_that_hides_history_sees_nothing_from_before_by_any_cursor()
    {
        var family = await factory.ClassFamilyAsync();
        var chatId = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org("/chats/group"),
            new { title = "Подготовка к олимпиаде", memberIds = new[] { family.ParentId } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, family.School.Org($"/chats/{chatId}"),
            System.Net.Http.Json.JsonContent.Create(new { newMembersSeeHistory = false })), HttpStatusCode.NoContent);
        for (var i = 1; i <= 3; i++) await family.Teacher.PostMessageAsync(family.School, chatId, $"Только для взрослых {i}");
        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(family.School.Org($"/chats/{chatId}/members"), new { accountIds = new[] { family.StudentId } }),
            HttpStatusCode.NoContent);
        var welcome = Seq(await family.Teacher.PostMessageAsync(family.School, chatId, "Миша, добро пожаловать!"));

        foreach (var query in new[] { "", "?after=0", "?around=1", "?around=2&limit=4", "?before=4" })
        {
            var page = await family.Student.MessagesAsync(family.School, chatId, query);
            Assert.All(page["messages"]!.AsArray(), m => Assert.Equal(welcome, Seq(m!)));
            Assert.False(page["hasOlder"]!.GetValue<bool>());
        }
        await using var hub = await HubClient.ConnectAsync(factory, family.Student);
        var synced = (await hub.SyncAsync((chatId, 0L))).AsArray().Single()!["messages"]!.AsArray();
        Assert.Equal([welcome], synced.Select(m => Seq(m!)));
        await ApiClient.ProblemAsync(await family.Student.PostJsonAsync(family.School.Org($"/chats/{chatId}/messages"),
            new { clientId = Guid.NewGuid(), text = "Ответ", replyToSeq = 2 }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Staff_added_to_a_chat_that_hides_history_do_not_learn_who_read_what_came_before()
    {
        var family = await factory.ClassFamilyAsync();
        var school = family.School;
        var chatId = (await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(school.Org("/chats/group"),
            new { title = "Родительский комитет", memberIds = new[] { family.ParentId } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await ApiClient.ReadAsync(await family.Teacher.SendAsync(HttpMethod.Patch, school.Org($"/chats/{chatId}"),
            System.Net.Http.Json.JsonContent.Create(new { newMembersSeeHistory = false })), HttpStatusCode.NoContent);
        var before = Seq(await family.Teacher.PostMessageAsync(school, chatId, "Сбор на подарок учителю"));
        await ApiClient.ReadAsync(await family.Parent.PostJsonAsync(school.Org($"/chats/{chatId}/read"), new { seq = before }), HttpStatusCode.NoContent);
        var administratorId = await school.AdminClient.AccountIdAsync();
        await ApiClient.ReadAsync(await family.Teacher.PostJsonAsync(school.Org($"/chats/{chatId}/members"), new { accountIds = new[] { administratorId } }),
            HttpStatusCode.NoContent);
        var after = Seq(await family.Teacher.PostMessageAsync(school, chatId, "Собрание в четверг"));

        await ApiClient.ProblemAsync(await school.AdminClient.GetAsync(school.Org($"/chats/{chatId}/messages/{before}/readers")), HttpStatusCode.NotFound, "message_not_found");
        var readers = await school.AdminClient.GetJsonAsync(school.Org($"/chats/{chatId}/messages/{after}/readers"));
        Assert.Contains("Козлова Анна Петровна", readers["notRead"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("Козлова Анна Петровна",
            (await family.Teacher.GetJsonAsync(school.Org($"/chats/{chatId}/messages/{before}/readers")))["read"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
