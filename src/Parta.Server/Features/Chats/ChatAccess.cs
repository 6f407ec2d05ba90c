using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>The caller's place in a chat, once the organization's door (<see cref="OrgAccess"/>) has let them in.</summary>
public sealed record ChatContext(Membership Membership, Chat Chat, ChatMember Member)
{
    /// <summary>Chat admins moderate their chat; the organization's administrators moderate every chat they are in (MSG-7).</summary>
    public bool CanModerate => Member.IsAdmin || OrgAccess.IsAdministrator(Membership);

    /// <summary>
    /// A direct chat has no admins; it is read-only only when the school's rules closed it (<see cref="StudentContactRules"/>),
    /// and then for both, or an administrator in it would still be talking with a student alone.
    /// </summary>
    public bool CanWrite => Chat.Kind switch
    {
        ChatKind.Channel => OrgAccess.IsAdministrator(Membership),
        ChatKind.Direct => Chat.WhoMayWrite == ChatPermission.Everyone,
        _ => Chat.WhoMayWrite == ChatPermission.Everyone || CanModerate,
    };

    /// <summary>A handler of the chat scope receives the context its door found (<see cref="ChatScope"/>).</summary>
    public static ValueTask<ChatContext?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<ChatContext>());

    /// <summary>MSG-7: a moderator took this member's right to write here (messages, edits, polls, scheduling, comments — not reactions) until then.</summary>
    public bool IsWritingRestricted(DateTime now) => Member.WritingRestrictedUntil > now;
}

/// <summary>
/// The chat's door, in one place: a person must be an active member of the organization and a member of
/// the chat. Anyone else gets 404, as if the chat did not exist.
/// </summary>
public static class ChatAccess
{
    /// <summary>
    /// For HTTP endpoints, which name the organization too. A member passes with the hub's one compiled
    /// statement (every page of history and every chat action opens this door, and on PostgreSQL each
    /// statement is a round trip); anyone refused hears what the organization's door says first, then that
    /// the chat does not exist.
    /// </summary>
    public static async Task<(ChatContext? Context, ProblemHttpResult? Problem)> RequireMemberAsync(
        PartaDbContext db, Guid organizationId, Guid chatId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (context, _) = await RequireMemberAsync(db, chatId, user, ct);
        if (context is not null && context.Chat.OrganizationId == organizationId) return (context, null);
        var (membership, problem) = await OrgAccess.RequireAsync(db, organizationId, user, _ => true, ct);
        return membership is null ? (null, problem) : (null, Problems.NotFound("chat_not_found", ChatTexts.ChatNotFound));
    }

    /// <summary>
    /// MSG-7's door for acting on reports: a member of the chat as above, or — for a chat they are not in — an
    /// organization administrator, when someone reported what they act on (<paramref name="reported"/>: a message
    /// or an author there). The administrator sees every report of the school, so they can act on each; the
    /// report is what opens the chat to them, so they do not browse chats they were never shown. They stand in as
    /// a member row that is never stored and sees the whole history.
    /// </summary>
    public static async Task<(ChatContext? Context, ProblemHttpResult? Problem)> RequireModeratorAsync(
        PartaDbContext db, Guid organizationId, Guid chatId, ClaimsPrincipal user, System.Linq.Expressions.Expression<Func<MessageReport, bool>> reported, CancellationToken ct)
    {
        var (context, problem) = await RequireMemberAsync(db, organizationId, chatId, user, ct);
        if (context is not null) return (context, null);
        var membership = await OrgAccess.FindMembershipAsync(db, organizationId, CurrentUser.IdOf(user), ct);
        if (membership is null || !OrgAccess.IsAdministrator(membership)) return (null, problem);
        var chat = await db.Chats.FirstOrDefaultAsync(c => c.Id == chatId && c.OrganizationId == organizationId, ct);
        if (chat is null || !await db.MessageReports.Where(r => r.ChatId == chatId).AnyAsync(reported, ct)) return (null, problem);
        return (new ChatContext(membership, chat, NewChat.Member(chat, membership.AccountId, false, DateTime.UtcNow)), null);
    }

    /// <summary>A message of the chat this member may see (tracked, for a change), or null.</summary>
    public static Task<Message?> VisibleMessageAsync(PartaDbContext db, ChatContext chat, long seq, CancellationToken ct) =>
        db.Messages.FirstOrDefaultAsync(m => m.ChatId == chat.Chat.Id && m.Seq == seq && m.Seq >= chat.Member.VisibleFromSeq, ct);

    /// <summary>
    /// For the realtime hub, whose calls name only the chat (and for the HTTP door above). It runs before every
    /// hub call, so it is one compiled statement: the caller's chat row, its chat and their memberships of the chat's organization.
    /// Anyone without a chat row hears only that the chat does not exist, which tells an outsider nothing
    /// about which school it belongs to; a member whose organization membership ended hears that the
    /// organization is not found. The rows are read untracked and then attached, as a tracking query would leave them.
    /// </summary>
    public static Task<(ChatContext? Context, ProblemHttpResult? Problem)> RequireMemberAsync(
        PartaDbContext db, Guid chatId, ClaimsPrincipal user, CancellationToken ct) =>
        CurrentUser.IdOf(user) is { } accountId
            ? RequireMemberAsync(db, chatId, accountId, ct)
            : Task.FromResult<(ChatContext?, ProblemHttpResult?)>((null, Problems.NotFound("chat_not_found", ChatTexts.ChatNotFound)));

    /// <summary>The door for work done on a person's behalf without a request of theirs (a scheduled message is sent as its author is now).</summary>
    public static async Task<(ChatContext? Context, ProblemHttpResult? Problem)> RequireMemberAsync(
        PartaDbContext db, Guid chatId, Guid accountId, CancellationToken ct)
    {
        var (context, problem) = await ReadMemberAsync(db, chatId, accountId, ct);
        if (context is null) return (null, problem);
        db.Attach(context.Member);
        db.Attach(context.Chat);
        return (context, null);
    }

    /// <summary>
    /// The door's answer without tracking its rows: for asking about someone other than the caller (an
    /// invitation link's maker), whose rows the request does not change and whose chat row the caller's own
    /// door may already track.
    /// </summary>
    public static async Task<(ChatContext? Context, ProblemHttpResult? Problem)> ReadMemberAsync(
        PartaDbContext db, Guid chatId, Guid accountId, CancellationToken ct)
    {
        var rows = new List<HubDoorRow>(1);
        await foreach (var r in HubDoor(db, chatId, accountId).WithCancellation(ct)) rows.Add(r);
        if (rows.Count == 0) return (null, Problems.NotFound("chat_not_found", ChatTexts.ChatNotFound));
        var membership = OrgAccess.Principal(rows.Select(r => r.Membership));
        if (membership is null) return (null, Problems.NotFound("organization_not_found", Texts.OrganizationNotFound));
        return (new ChatContext(membership, rows[0].Chat, rows[0].Member), null);
    }

    private sealed record HubDoorRow(ChatMember Member, Chat Chat, Membership? Membership);

    private static readonly Func<PartaDbContext, Guid, Guid, IAsyncEnumerable<HubDoorRow>> HubDoor = EF.CompileAsyncQuery(
        (PartaDbContext db, Guid chatId, Guid accountId) =>
            from cm in db.ChatMembers.AsNoTracking()
            join c in db.Chats.AsNoTracking() on cm.ChatId equals c.Id
            where cm.ChatId == chatId && cm.AccountId == accountId
            from m in db.Memberships.AsNoTracking().Where(m => m.OrganizationId == c.OrganizationId && m.AccountId == accountId).Where(OrgAccess.IsActive).DefaultIfEmpty()
            select new HubDoorRow(cm, c, m));

    /// <summary>
    /// The chats each of these people may use right now: chat rows whose organization membership is still
    /// active. A deactivated member keeps their rows (history), but none of them opens anything.
    /// </summary>
    public static Task<List<(Guid AccountId, Guid ChatId)>> ActiveChatsOfAsync(PartaDbContext db, IReadOnlyCollection<Guid> accountIds, CancellationToken ct) =>
        (from cm in db.ChatMembers
         where accountIds.Contains(cm.AccountId)
               && db.Memberships.Where(OrgAccess.IsActive).Any(m => m.OrganizationId == cm.OrganizationId && m.AccountId == cm.AccountId)
         select new ValueTuple<Guid, Guid>(cm.AccountId, cm.ChatId)).ToListAsync(ct);
}
