using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Chats;

/// <summary>
/// The person's chats in one organization, newest activity first, with unread counts from read cursors
/// (a subtraction per chat, so 200 chats cost one query) and each chat's last message.
/// </summary>
public static class ListChats
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/chats", Handle).WithName(nameof(ListChats));

    private static async Task<Results<Ok<List<ChatSummaryDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, HttpContext context, PartaDbContext db, ChatRoster roster, ChatEvents events, CancellationToken ct)
    {
        var (membership, problem) = await OrgAccess.RequireAsync(db, organizationId, context.User, _ => true, ct);
        if (membership is null) return problem!;
        var me = membership.AccountId;
        // Self-healing: whatever changed in the structure, the caller's roster chats are right when they look.
        var changed = await roster.ReconcileAsync(organizationId, [me], ct);
        if (changed.Count > 0) await events.PeopleChangedAsync(changed);
        return TypedResults.Ok(await SummariesAsync(db, membership, null, ct));
    }

    /// <summary>The caller's chats (or one of them), as the list shows them.</summary>
    public static async Task<List<ChatSummaryDto>> SummariesAsync(PartaDbContext db, Membership membership, Guid? onlyChat, CancellationToken ct)
    {
        var me = membership.AccountId;
        var rows = await (from cm in db.ChatMembers
                          join c in db.Chats on cm.ChatId equals c.Id
                          where cm.AccountId == me && cm.OrganizationId == membership.OrganizationId && (onlyChat == null || c.Id == onlyChat)
                          from m in db.Messages.Where(m => m.ChatId == c.Id && m.Seq == c.LastSeq && m.Seq >= cm.VisibleFromSeq).DefaultIfEmpty()
                          select new { Chat = c, Member = cm, Last = m }).ToListAsync(ct);

        var directIds = rows.Where(r => r.Chat.Kind == ChatKind.Direct).Select(r => r.Chat.Id).ToList();
        var peers = await db.ChatMembers.Where(cm => directIds.Contains(cm.ChatId) && cm.AccountId != me)
            .Select(cm => new { cm.ChatId, cm.AccountId }).ToListAsync(ct);
        var people = await MessageReader.PeopleAsync(db, membership.OrganizationId,
            peers.Select(p => p.AccountId).Concat(rows.Where(r => r.Last != null).Select(r => r.Last!.SenderId)).Distinct().ToList(), ct);
        var peerOf = peers.ToDictionary(p => p.ChatId, p => p.AccountId);

        return rows
            .Select(r =>
            {
                var chat = r.Chat;
                ChatPeerDto? peer = null;
                if (peerOf.TryGetValue(chat.Id, out var peerId))
                {
                    var person = people.GetValueOrDefault(peerId, MessageReader.Person.Unknown);
                    peer = new ChatPeerDto(peerId, person.Name, person.VerifiedTeacher);
                }
                var context = new ChatContext(membership, chat, r.Member);
                var read = Math.Max(r.Member.ReadSeq, r.Member.VisibleFromSeq - 1);
                return new ChatSummaryDto(chat.Id, chat.Kind, peer?.FullName ?? chat.Title, chat.Description, chat.ClassId, chat.Audience, chat.GroupId,
                    peer, chat.LastSeq, r.Member.ReadSeq, Math.Max(0, chat.LastSeq - read),
                    r.Last is null ? null : new LastMessageDto(r.Last.Seq, people.GetValueOrDefault(r.Last.SenderId, MessageReader.Person.Unknown).Name,
                        r.Last.DeletedAt is null ? Snippet(r.Last.Text) : "", r.Last.CreatedAt, r.Last.DeletedAt is not null),
                    r.Member.IsAdmin, context.CanWrite, chat.WhoMayWrite, chat.WhoMayInvite, chat.NewMembersSeeHistory,
                    ChatAvatars.UrlOf(chat));
            })
            .OrderByDescending(c => c.Kind == ChatKind.Channel)
            .ThenByDescending(c => c.LastMessage?.CreatedAt ?? DateTime.MinValue)
            .ToList();
    }

    private static string Snippet(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
