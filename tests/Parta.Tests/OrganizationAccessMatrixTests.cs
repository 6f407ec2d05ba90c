using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using Parta.Tests.Harness;

namespace Parta.Tests;

/// <summary>
/// ID-1/ID-7 access matrix for every endpoint inside an organization: each caller gets exactly its
/// status. Outsiders get 404 (the school is invisible), anonymous callers 401; members whose role does
/// not allow the action 403. Targets are made fresh for each call, so a refusal is checked on a live object.
/// </summary>
public sealed class OrganizationAccessMatrixTests(PartaFactory factory) : IClassFixture<PartaFactory>
{
    /// <summary><c>Parent</c> is the student's confirmed parent; <c>UnlinkedParent</c> came in through the class's parent link and no child confirmed them (ID-4).</summary>
    public enum Caller { Anonymous, OtherSchoolAdministrator, Student, Parent, UnlinkedParent, UnverifiedTeacher, VerifiedTeacher, ClassTeacher, Administrator }

    /// <summary>Expected statuses for the members of the school, in the order of <see cref="Caller"/> from Student on.</summary>
    /// <param name="Outsider">What another school's administrator gets: 404, except where the address names no organization.</param>
    /// <param name="UnlinkedParent">What a parent no child confirmed gets, when not what the confirmed parent gets: the class chats and the channel do not exist for them.</param>
    private sealed record Expect(int Student, int Parent, int Unverified, int Verified, int ClassTeacher, int Administrator, int Outsider = 404, int? UnlinkedParent = null)
    {
        public int For(Caller caller) => caller switch
        {
            Caller.Anonymous => 401,
            Caller.OtherSchoolAdministrator => Outsider,
            Caller.Student => Student,
            Caller.Parent => Parent,
            Caller.UnlinkedParent => UnlinkedParent ?? Parent,
            Caller.UnverifiedTeacher => Unverified,
            Caller.VerifiedTeacher => Verified,
            Caller.ClassTeacher => ClassTeacher,
            _ => Administrator,
        };
    }

    private sealed record World(ClassSetup Setup, StaffMember Unverified, StaffMember Verified, ApiClient Student, ApiClient Parent, Guid StudentMembership)
    {
        public School School => Setup.School;
    }

    private sealed record Endpoint(string Name, Func<World, Task<(HttpMethod Method, string Url, object? Body)>> Prepare, Expect Expect);

    private static Task<(HttpMethod, string, object?)> Call(HttpMethod method, string url, object? body = null) => Task.FromResult((method, url, body));

    private static Endpoint[] Endpoints(PartaFactory factory) =>
    [
        new("read organization", w => Call(HttpMethod.Get, $"/api/organizations/{w.School.OrganizationId}"), new(200, 200, 200, 200, 200, 200)),
        new("read profile", w => Call(HttpMethod.Get, w.School.Org("/profile")), new(200, 200, 200, 200, 200, 200)),
        new("update profile", w => Call(HttpMethod.Put, w.School.Org("/profile"),
            new { timeZone = "Asia/Omsk", workdayStart = "08:00", workdayEnd = "15:00", workingDays = new[] { 1, 2, 3, 4, 5 } }), new(403, 403, 403, 403, 403, 200)),
        new("complete structure", w => Call(HttpMethod.Post, w.School.Org("/structure/complete")), new(403, 403, 403, 403, 403, 200)),
        new("invite administrator", w => Call(HttpMethod.Post, w.School.Org("/administrators"),
            new { fullName = "Новый Администратор", phone = TestData.NewPhone(), email = "new@school.example.ru" }), new(403, 403, 403, 403, 403, 204)),
        new("list classes", w => Call(HttpMethod.Get, w.School.Org("/classes")), new(403, 403, 403, 200, 200, 200)),
        new("create class", w => Call(HttpMethod.Post, w.School.Org("/classes"), new { name = "Группа " + Guid.NewGuid().ToString()[..6] }), new(403, 403, 403, 403, 403, 201)),
        new("delete class", async w => (HttpMethod.Delete, w.School.Org($"/classes/{await w.School.CreateClassAsync(2, Letter())}"), null), new(403, 403, 403, 403, 403, 204)),
        new("class members", w => Call(HttpMethod.Get, w.School.Org($"/classes/{w.Setup.ClassId}/members")), new(403, 403, 403, 403, 200, 200)),
        new("list subjects", w => Call(HttpMethod.Get, w.School.Org("/subjects")), new(403, 403, 403, 200, 200, 200)),
        new("create subject", w => Call(HttpMethod.Post, w.School.Org("/subjects"), new { name = "Химия " + Guid.NewGuid().ToString()[..6] }), new(403, 403, 403, 403, 403, 201)),
        new("delete subject", async w => (HttpMethod.Delete, w.School.Org($"/subjects/{await w.School.CreateSubjectAsync("Физика " + Guid.NewGuid().ToString()[..6])}"), null),
            new(403, 403, 403, 403, 403, 204)),
        new("create staff link", w => Call(HttpMethod.Post, w.School.Org("/join-links"), new { kind = "staff" }), new(403, 403, 403, 403, 403, 201)),
        new("create class link", w => Call(HttpMethod.Post, w.School.Org("/join-links"), new { kind = "classParents", classId = w.Setup.ClassId }), new(403, 403, 403, 403, 201, 201)),
        // Confirmed teachers may list links and see only those of classes they lead (ClassLinkTests).
        new("list links", w => Call(HttpMethod.Get, w.School.Org("/join-links")), new(403, 403, 403, 200, 200, 200)),
        new("revoke staff link", async w => (HttpMethod.Post, w.School.Org($"/join-links/{(await w.School.CreateStaffLinkAsync())["id"]}/revoke"), null),
            new(403, 403, 403, 403, 403, 200)),
        new("revoke class link", async w => (HttpMethod.Post, w.School.Org($"/join-links/{await ClassLinkIdAsync(w)}/revoke"), null), new(403, 403, 403, 403, 200, 200)),
        new("list staff", w => Call(HttpMethod.Get, w.School.Org("/staff")), new(403, 403, 403, 403, 403, 200)),
        new("verify teacher", async w => (HttpMethod.Post, w.School.Org($"/staff/{(await factory.JoinAsStaffAsync(w.School)).MembershipId}/verify"), new { position = "subjectTeacher" }),
            new(403, 403, 403, 403, 403, 204)),
        new("revoke verification", async w => (HttpMethod.Post, w.School.Org($"/staff/{(await factory.VerifiedTeacherAsync(w.School)).MembershipId}/revoke-verification"), null),
            new(403, 403, 403, 403, 403, 204)),
        new("deactivate member", async w => (HttpMethod.Post, w.School.Org($"/members/{(await factory.JoinAsStaffAsync(w.School)).MembershipId}/deactivate"), null),
            new(403, 403, 403, 403, 403, 204)),
        new("reactivate member", async w => (HttpMethod.Post, w.School.Org($"/members/{(await factory.JoinAsStaffAsync(w.School)).MembershipId}/reactivate"), null),
            new(403, 403, 403, 403, 403, 204)),
        new("setup progress", w => Call(HttpMethod.Get, w.School.Org("/setup-progress")), new(403, 403, 403, 403, 403, 200)),
        new("list invitations", w => Call(HttpMethod.Get, w.School.Org("/invitations")), new(403, 403, 403, 403, 403, 200)),
        new("resend invitation", async w => (HttpMethod.Post, w.School.Org($"/invitations/{await InvitationIdAsync(factory, w, sentLongAgo: true)}/resend"), null),
            new(403, 403, 403, 403, 403, 200)),
        new("revoke invitation", async w => (HttpMethod.Delete, w.School.Org($"/invitations/{await InvitationIdAsync(factory, w)}"), null), new(403, 403, 403, 403, 403, 204)),
        new("people with deactivated", w => Call(HttpMethod.Get, w.School.Org("/people?withDeactivated=true")), new(200, 200, 200, 200, 200, 200)),
        new("preview import", w => Call(HttpMethod.Post, w.School.Org("/imports"), Roster()), new(403, 403, 403, 403, 403, 200)),
        new("apply import", w => Call(HttpMethod.Post, w.School.Org($"/imports/{Guid.NewGuid()}/apply")), new(403, 403, 403, 403, 403, 404)),
        new("list groups", w => Call(HttpMethod.Get, w.School.Org("/groups")), new(200, 200, 200, 200, 200, 200)),
        new("create group", w => Call(HttpMethod.Post, w.School.Org("/groups"), new { kind = "club", name = "Кружок " + Guid.NewGuid().ToString()[..6] }),
            new(403, 403, 403, 403, 403, 201)),
        new("add group member", async w => (HttpMethod.Post, w.School.Org($"/groups/{await GroupIdAsync(w)}/members"), new { membershipId = w.Verified.MembershipId }),
            new(403, 403, 403, 403, 403, 204)),
        new("delete group", async w => (HttpMethod.Delete, w.School.Org($"/groups/{await GroupIdAsync(w)}"), null), new(403, 403, 403, 403, 403, 204)),
        new("people I may see", w => Call(HttpMethod.Get, w.School.Org("/people")), new(200, 200, 200, 200, 200, 200)),
        new("my family", w => Call(HttpMethod.Get, w.School.Org("/family")), new(200, 200, 200, 200, 200, 200)),
        new("ask to be a child's parent", async w => (HttpMethod.Post, w.School.Org("/guardianships"), new { studentMembershipId = await NewStudentAsync(factory, w), consent = true }),
            new(403, 201, 403, 403, 403, 403)),
        new("confirm a parent", async w => (HttpMethod.Post, w.School.Org($"/guardianships/{await PendingGuardianshipAsync(factory, w)}/confirm"), null),
            new(204, 403, 403, 403, 204, 204)),

        // MSG-1/MSG-2: chats. The class chat (everyone) is opened by the class teacher: the class's students,
        // parents and teachers are in it; a teacher of another class and the administrator are not, and for
        // them it does not exist.
        new("list chats", w => Call(HttpMethod.Get, w.School.Org("/chats")), new(200, 200, 200, 200, 200, 200)),
        new("open class chat", w => Call(HttpMethod.Post, w.School.Org("/chats/class"), new { classId = w.Setup.ClassId, audience = "students" }),
            new(403, 403, 403, 403, 201, 201)),
        new("create group chat", w => Call(HttpMethod.Post, w.School.Org("/chats/group"), new { title = "Проект " + Guid.NewGuid().ToString()[..6] }),
            new(403, 403, 403, 201, 201, 201)),
        new("create team chat", async w => (HttpMethod.Post, w.School.Org("/chats/team"), new { groupId = await GroupIdAsync(w) }), new(403, 403, 403, 403, 403, 201)),
        // Child safety works both ways: a student writes only to their own teachers, administrators, parents and classmates.
        new("direct chat with a teacher", async w => (HttpMethod.Post, w.School.Org("/chats/direct"),
            new { accountId = await (await factory.VerifiedTeacherAsync(w.School)).Client.AccountIdAsync() }), new(403, 201, 403, 201, 201, 201, UnlinkedParent: 403)),
        new("direct chat with the student", async w => (HttpMethod.Post, w.School.Org("/chats/direct"), new { accountId = await w.Student.AccountIdAsync() }),
            new(400, 201, 403, 403, 201, 201, UnlinkedParent: 403)),
        new("read class chat", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("write to class chat", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages"), new { clientId = Guid.NewGuid(), text = "Здравствуйте!" }),
            new(201, 201, 404, 404, 201, 404, UnlinkedParent: 404)),
        new("mark class chat read", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/read"), new { seq = 0 }), new(204, 204, 404, 404, 204, 404, UnlinkedParent: 404)),
        new("class chat members", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/members"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("add to the teacher's group chat", async w => (HttpMethod.Post, w.School.Org($"/chats/{await GroupChatAsync(w)}/members"), new { accountIds = new[] { await w.Verified.Client.AccountIdAsync() } }),
            new(403, 403, 404, 404, 204, 404, UnlinkedParent: 404)),
        new("class chat settings", async w => (HttpMethod.Patch, w.School.Org($"/chats/{await ClassChatAsync(w)}"), new { description = "Чат класса" }),
            new(403, 403, 404, 404, 204, 404, UnlinkedParent: 404)),
        new("edit the teacher's message", async w => (HttpMethod.Put, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}"), new { text = "Исправлено" }),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("delete the teacher's message", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}"), null),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("who read the teacher's message", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}/readers"), null),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("react to the teacher's message", async w => (HttpMethod.Put, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}/reaction"), new { emoji = "👍" }),
            new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("read the chat's pins", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/pins"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("pin the teacher's message", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/pins"), new { seq = await TeacherMessageAsync(w) }),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("unpin", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await ClassChatAsync(w)}/pins/{await TeacherMessageAsync(w)}"), null), new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        // Nobody confirms their own notice: the class teacher, its sender, gets 409.
        new("acknowledge a notice", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await NoticeAsync(w)}/acknowledge"), null),
            new(204, 204, 404, 404, 409, 404, UnlinkedParent: 404)),
        new("who acknowledged", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await NoticeAsync(w)}/acknowledgements"), null),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("remind to acknowledge", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await NoticeAsync(w)}/acknowledgements/remind"), null),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("quiet teachers of the chat", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/quiet-members"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("schedule a message", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/scheduled"),
            new { clientId = Guid.NewGuid(), text = "Завтра линейка", sendAt = DateTime.UtcNow.AddDays(1) }), new(201, 201, 404, 404, 201, 404, UnlinkedParent: 404)),
        new("my scheduled messages", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/scheduled"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        // Only the author sees and cancels what they scheduled; for others it does not exist.
        new("cancel the teacher's scheduled message", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await ClassChatAsync(w)}/scheduled/{await ScheduledAsync(w)}"), null),
            new(404, 404, 404, 404, 204, 404, UnlinkedParent: 404)),
        // RUN-1: the rollout plan is the school's administrators' alone.
        new("rollout plan", w => Call(HttpMethod.Get, w.School.Org("/rollout")), new(403, 403, 403, 403, 403, 200)),
        new("open a rollout stage's chats", async w =>
        {
            await ApiClient.ReadAsync(await w.School.AdminClient.SendAsync(HttpMethod.Post, w.School.Org("/structure/complete")), HttpStatusCode.OK);
            return (HttpMethod.Post, w.School.Org("/rollout/stages/1/chats"), null);
        }, new(403, 403, 403, 403, 403, 200)),
        new("search my chats", w => Call(HttpMethod.Get, w.School.Org("/search?q=контрольная")), new(200, 200, 200, 200, 200, 200)),
        new("my quiet hours", w => Call(HttpMethod.Get, w.School.Org("/quiet-hours")), new(200, 200, 200, 200, 200, 200)),
        // Quiet hours are kept for teachers (MSG-6), confirmed or not; the others have nothing to set.
        new("set my quiet hours", w => Call(HttpMethod.Put, w.School.Org("/quiet-hours"), new { workdayStart = "09:00", workdayEnd = "18:00" }),
            new(403, 403, 200, 200, 200, 403)),
        new("ask a poll", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/polls"), new { clientId = Guid.NewGuid(), question = "Когда собрание?", options = new[] { "Пятница", "Суббота" } }),
            new(201, 201, 404, 404, 201, 404, UnlinkedParent: 404)),
        new("vote", async w => (HttpMethod.Put, w.School.Org($"/chats/{await ClassChatAsync(w)}/polls/{await PollAsync(w)}/vote"), new { options = new[] { 0 } }),
            new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("who voted", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatAsync(w)}/polls/{await PollAsync(w)}/voters"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("close the teacher's poll", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/polls/{await PollAsync(w)}/close"), null),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        // MSG-1: every member reads and writes comments under an open channel post; only administrators open and close them;
        // a comment is deleted by its author or an administrator. Unconfirmed teachers are not in the channel yet.
        new("read a post's comments", async w => (HttpMethod.Get, await ChannelCommentsAsync(w), null), new(200, 200, 404, 200, 200, 200, UnlinkedParent: 404)),
        new("comment on a post", async w => (HttpMethod.Post, await ChannelCommentsAsync(w), new { clientId = Guid.NewGuid(), text = "Спасибо!" }),
            new(201, 201, 404, 201, 201, 201, UnlinkedParent: 404)),
        new("open or close comments", async w => (HttpMethod.Put, await ChannelCommentsAsync(w), new { enabled = false }), new(403, 403, 404, 403, 403, 200, UnlinkedParent: 404)),
        new("delete the parent's comment", async w => (HttpMethod.Delete, await ParentCommentAsync(w), null), new(403, 200, 404, 403, 403, 200, UnlinkedParent: 404)),
        // MSG-1 chat pictures: changed by the chat's admins, seen by its members.
        new("set the class chat's picture", async w => (HttpMethod.Put, w.School.Org($"/chats/{await ClassChatAsync(w)}/avatar"), Picture()),
            new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("the class chat's picture", async w => (HttpMethod.Get, w.School.Org($"/chats/{await ClassChatWithPictureAsync(w)}/avatar"), null), new(200, 200, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("remove the class chat's picture", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await ClassChatWithPictureAsync(w)}/avatar"), null),
            new(403, 403, 404, 404, 204, 404, UnlinkedParent: 404)),

        // A member may leave a group chat; only its admins remove others.
        new("remove the parent from the group chat", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await GroupChatAsync(w)}/members/{await w.Parent.AccountIdAsync()}"), null),
            new(403, 204, 404, 404, 204, 404, UnlinkedParent: 404)),
        // MSG-7: members report others' messages (the teacher's own is a conflict); the moderators' queue is empty for non-moderators;
        // restrictions are for the chat's moderators; the audit log is for administrators.
        new("report the teacher's message", async w => (HttpMethod.Post, w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}/reports"),
            new { reason = "spam" }), new(201, 201, 404, 404, 409, 404, UnlinkedParent: 404)),
        new("moderation reports", w => Call(HttpMethod.Get, w.School.Org("/moderation/reports")), new(200, 200, 200, 200, 200, 200)),
        new("dismiss a report", async w => (HttpMethod.Post, w.School.Org($"/moderation/reports/{await ReportAsync(w)}/dismiss"), new { }),
            new(404, 404, 404, 404, 200, 200)),
        new("restrict the student's writing", async w => (HttpMethod.Put, w.School.Org($"/chats/{await ClassChatAsync(w)}/members/{await w.Student.AccountIdAsync()}/restriction"),
            new { until = DateTime.UtcNow.AddHours(1) }), new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("lift the parent's restriction", async w => (HttpMethod.Delete, w.School.Org($"/chats/{await ClassChatAsync(w)}/members/{await w.Parent.AccountIdAsync()}/restriction"), null),
            new(403, 403, 404, 404, 204, 404, UnlinkedParent: 404)),
        new("moderation log", w => Call(HttpMethod.Get, w.School.Org("/moderation/log")), new(403, 403, 403, 403, 403, 200)),
        // MSG-3: forwarding within the class chat; outside it the chat does not exist.
        new("forward the teacher's message", async w =>
        {
            var chatId = await ClassChatAsync(w);
            return (HttpMethod.Post, w.School.Org($"/chats/{chatId}/messages/forward"), new { clientId = Guid.NewGuid(), fromChatId = chatId, seq = await TeacherMessageAsync(w) });
        }, new(201, 201, 404, 404, 201, 404, UnlinkedParent: 404)),
        // MSG-2: invitation links of the class teacher's group chat (only its admins invite there). The link's own
        // address names no organization: an outsider holding it is told it is for the school's members only (403).
        new("create chat invite link", async w => (HttpMethod.Post, w.School.Org($"/chats/{await GroupChatAsync(w)}/invite-links"), new { maxUses = 5 }),
            new(403, 403, 404, 404, 201, 404, UnlinkedParent: 404)),
        new("list chat invite links", async w => (HttpMethod.Get, w.School.Org($"/chats/{await GroupChatAsync(w)}/invite-links"), null), new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("revoke chat invite link", async w =>
        {
            var (chatId, link) = await InviteLinkAsync(w);
            return (HttpMethod.Delete, w.School.Org($"/chats/{chatId}/invite-links/{link["id"]}"), null);
        }, new(403, 403, 404, 404, 200, 404, UnlinkedParent: 404)),
        new("preview chat invite", async w => (HttpMethod.Get, $"/api/chat-invites/{InviteToken((await InviteLinkAsync(w)).Link)}", null),
            new(200, 200, 403, 200, 200, 200, Outsider: 403, UnlinkedParent: 403)),
        new("join chat by invite", async w => (HttpMethod.Post, $"/api/chat-invites/{InviteToken((await InviteLinkAsync(w)).Link)}/join", null),
            new(200, 200, 403, 201, 200, 201, Outsider: 403, UnlinkedParent: 403)),
    ];

    /// <summary>The parent's fresh report on the teacher's message in the class chat.</summary>
    private static async Task<Guid> ReportAsync(World w) =>
        (await ApiClient.ReadAsync(await w.Parent.PostJsonAsync(w.School.Org($"/chats/{await ClassChatAsync(w)}/messages/{await TeacherMessageAsync(w)}/reports"),
            new { reason = "other", comment = "Проверка" }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    private static async Task<(Guid ChatId, System.Text.Json.Nodes.JsonNode Link)> InviteLinkAsync(World w)
    {
        var chatId = await GroupChatAsync(w);
        return (chatId, await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.PostJsonAsync(w.School.Org($"/chats/{chatId}/invite-links"), new { }),
            HttpStatusCode.Created));
    }

    private static string InviteToken(System.Text.Json.Nodes.JsonNode link) => link["url"]!.GetValue<string>().Split('/')[^1];

    private static async Task<Guid> ClassChatAsync(World w) => await w.Setup.OpenClassChatAsync("everyone");

    private static ByteArrayContent Picture() => new([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);

    private static async Task<Guid> ClassChatWithPictureAsync(World w)
    {
        var chatId = await ClassChatAsync(w);
        await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.SendAsync(HttpMethod.Put, w.School.Org($"/chats/{chatId}/avatar"), Picture()), HttpStatusCode.OK);
        return chatId;
    }

    /// <summary>The class teacher's group chat with the world's student and parent.</summary>
    private static async Task<Guid> GroupChatAsync(World w) =>
        (await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.PostJsonAsync(w.School.Org("/chats/group"),
            new { title = "Олимпиада", memberIds = new[] { await w.Student.AccountIdAsync(), await w.Parent.AccountIdAsync() } }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    /// <summary>The comments of a fresh channel post with comments open.</summary>
    private static async Task<string> ChannelCommentsAsync(World w)
    {
        var channel = (await w.School.AdminClient.ChatsAsync(w.School)).Single(c => c!["kind"]!.GetValue<string>() == "channel")!["id"]!.GetValue<Guid>();
        var post = await ApiClient.ReadAsync(await w.School.AdminClient.PostJsonAsync(w.School.Org($"/chats/{channel}/messages"),
            new { clientId = Guid.NewGuid(), text = "Вопросы о каникулах — в комментариях", commentsEnabled = true }), HttpStatusCode.Created);
        return w.School.Org($"/chats/{channel}/messages/{post["seq"]}/comments");
    }

    private static async Task<string> ParentCommentAsync(World w)
    {
        var comments = await ChannelCommentsAsync(w);
        var comment = await ApiClient.ReadAsync(await w.Parent.PostJsonAsync(comments, new { clientId = Guid.NewGuid(), text = "Когда начало?" }), HttpStatusCode.Created);
        return $"{comments}/{comment["id"]}";
    }

    private static async Task<Guid> PollAsync(World w) =>
        (await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.PostJsonAsync(w.School.Org($"/chats/{await ClassChatAsync(w)}/polls"),
            new { clientId = Guid.NewGuid(), question = "Экскурсия?", options = new[] { "Да", "Нет" } }), HttpStatusCode.Created))["poll"]!["id"]!.GetValue<Guid>();

    private static async Task<Guid> ScheduledAsync(World w) =>
        (await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.PostJsonAsync(w.School.Org($"/chats/{await ClassChatAsync(w)}/scheduled"),
            new { clientId = Guid.NewGuid(), text = "Напоминание", sendAt = DateTime.UtcNow.AddDays(1) }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    private static async Task<long> NoticeAsync(World w) =>
        (await ApiClient.ReadAsync(await w.Setup.ClassTeacher.Client.PostJsonAsync(w.School.Org($"/chats/{await ClassChatAsync(w)}/messages"),
            new { clientId = Guid.NewGuid(), text = "Собрание в пятницу", requiresAcknowledgement = true }), HttpStatusCode.Created))["seq"]!.GetValue<long>();

    private static async Task<long> TeacherMessageAsync(World w) =>
        (await w.Setup.ClassTeacher.Client.PostMessageAsync(w.School, await ClassChatAsync(w), "Завтра контрольная"))["seq"]!.GetValue<long>();

    private static MultipartFormDataContent Roster() => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"Класс;Роль;ФИО;Телефон\n5Г;ученик;Ученик Импорта;{TestData.NewPhone()}\n")), "file", "roster.csv" },
    };

    /// <summary>A fresh personal invitation from an import; one sent long ago may be sent again at once.</summary>
    private static async Task<Guid> InvitationIdAsync(PartaFactory factory, World w, bool sentLongAgo = false)
    {
        var phone = TestData.NewPhone();
        await w.School.ApplyRosterAsync(await w.School.PreviewRosterAsync($"Класс;Роль;ФИО;Телефон\n5А;ученик;Приглашённый Ученик;{phone}\n"));
        var id = factory.WithDb(db => db.Invitations.Single(i => i.Phone == phone).Id);
        if (sentLongAgo)
            await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(db.Invitations.Where(i => i.Id == id),
                u => u.SetProperty(i => i.ExpiresAt, DateTime.UtcNow)));
        return id;
    }

    private static async Task<Guid> GroupIdAsync(World w) =>
        (await ApiClient.ReadAsync(await w.School.AdminClient.PostJsonAsync(w.School.Org("/groups"), new { kind = "administration", name = "Администрация " + Guid.NewGuid().ToString()[..6] }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    private static string Letter() => "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"[Random.Shared.Next(27)].ToString();

    private static async Task<Guid> ClassLinkIdAsync(World w) =>
        (await ApiClient.ReadAsync(await w.School.AdminClient.PostJsonAsync(w.School.Org("/join-links"), new { kind = "classStudents", classId = w.Setup.ClassId }),
            HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    /// <summary>A new student of the world's class, for a parent to ask for; returns their membership.</summary>
    private static async Task<Guid> NewStudentAsync(PartaFactory factory, World w)
    {
        var (student, _) = await factory.JoinByLinkAsync(await w.Setup.ClassLinkAsync("classStudents", w.School.AdminClient), "Новый Ученик");
        return (await student.GetJsonAsync(w.School.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();
    }

    /// <summary>A second parent of the world's student asks to be linked; returns the pending request.</summary>
    private static async Task<Guid> PendingGuardianshipAsync(PartaFactory factory, World w)
    {
        var (parent, _) = await factory.JoinByLinkAsync(await w.Setup.ClassLinkAsync("classParents", w.School.AdminClient), "Второй Родитель");
        return (await ApiClient.ReadAsync(await parent.PostJsonAsync(w.School.Org("/guardianships"), new { studentMembershipId = w.StudentMembership, consent = true }),
            HttpStatusCode.Created))["guardianshipId"]!.GetValue<Guid>();
    }

    public static TheoryData<Caller> Callers() => new(Enum.GetValues<Caller>());

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_organization_endpoint_answers_exactly_as_the_role_allows(Caller caller)
    {
        var setup = await factory.ClassWithTeacherAsync();
        var unverified = await factory.JoinAsStaffAsync(setup.School);
        var verified = await factory.VerifiedTeacherAsync(setup.School);
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Ученик Матрицы");
        var studentMembership = (await student.GetJsonAsync(setup.School.Org("/family")))["studentMembershipId"]!.GetValue<Guid>();
        var (parent, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Родитель Матрицы");
        var link = await ApiClient.ReadAsync(await parent.PostJsonAsync(setup.School.Org("/guardianships"), new { studentMembershipId = studentMembership, consent = true }),
            HttpStatusCode.Created);
        await ApiClient.ReadAsync(await student.SendAsync(HttpMethod.Post, setup.School.Org($"/guardianships/{link["guardianshipId"]}/confirm")), HttpStatusCode.NoContent);
        var world = new World(setup, unverified, verified, student, parent, studentMembership);
        var client = caller switch
        {
            Caller.Anonymous => factory.NewClient(),
            Caller.OtherSchoolAdministrator => (await factory.RegisterSchoolAsync()).AdminClient,
            Caller.Student => student,
            Caller.Parent => parent,
            Caller.UnlinkedParent => (await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Переславший Ссылку")).Client,
            Caller.UnverifiedTeacher => unverified.Client,
            Caller.VerifiedTeacher => verified.Client,
            Caller.ClassTeacher => setup.ClassTeacher.Client,
            _ => setup.School.AdminClient,
        };

        var failures = new List<string>();
        foreach (var endpoint in Endpoints(factory))
        {
            var (method, url, body) = await endpoint.Prepare(world);
            var content = body switch { null => null, HttpContent http => http, _ => JsonContent.Create(body) };
            var response = await client.SendAsync(method, url, content);
            var expected = endpoint.Expect.For(caller);
            if ((int)response.StatusCode != expected)
                failures.Add($"{endpoint.Name}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A route inside an organization is guarded where it is mapped (ForMembers, ForStaff, ForAdministrators, the chat scope):
    /// one forgotten there would open it to anyone signed in, so every route carries a door or is one of the few that
    /// pass their own door in the handler.
    /// </summary>
    [Fact]
    public void Every_organization_route_passes_a_door()
    {
        string[] ownDoor =
        [
            "DeleteMessage", "RestrictWriting", "LiftRestriction", // ChatAccess.RequireModeratorAsync: administrators act on reports in chats they are not in
            "CreateUpload", "GetUploadOffset", "AppendToUpload", "TerminateUpload", "DescribeUploads", "DownloadFile", "DescribeFile", // StoredFileAccess
        ];
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/organizations/{organizationId", StringComparison.Ordinal))
            .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!,
                Guarded: e.Metadata.GetMetadata<Parta.Server.Infrastructure.IRouteDoor>() is not null)).ToList();
        var unguarded = routes.Where(r => !r.Guarded).Select(r => r.Name).Except(ownDoor).ToList();
        Assert.True(unguarded.Count == 0, "Routes without a door: " + string.Join(", ", unguarded));
        Assert.Empty(ownDoor.Except(routes.Where(r => !r.Guarded).Select(r => r.Name)));
    }

    [Fact]
    public async Task Students_and_parents_never_see_phone_numbers_or_e_mails()
    {
        var setup = await factory.ClassWithTeacherAsync();
        var (student, _) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classStudents"), "Тихий Ученик");
        var (parent, parentCredentials) = await factory.JoinByLinkAsync(await setup.ClassLinkAsync("classParents"), "Тихий Родитель");
        foreach (var client in new[] { student, parent })
        {
            var family = await (await client.GetAsync(setup.School.Org("/family"))).Content.ReadAsStringAsync();
            Assert.DoesNotContain("+79", family);
            Assert.DoesNotContain("@", family);
        }
        Assert.DoesNotContain(parentCredentials.Login, await (await student.GetAsync(setup.School.Org("/family"))).Content.ReadAsStringAsync());
    }
}
