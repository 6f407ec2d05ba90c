using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Chats;

/// <summary>
/// The person's chats in one organization, newest activity first, with unread counts from read cursors
/// (a subtraction per chat, so 200 chats cost one query) and each chat's last message.
/// </summary>
public static class ListChats
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/chats", Handle).ForMembers().WithName(nameof(ListChats)).WithSummary("List my chats");

    private static async Task<Results<Ok<List<ChatSummaryDto>>, ProblemHttpResult>> Handle(
        OrganizationMember caller, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Roster chats are brought in line by every change of people or structure (ChatRoster.SyncAsync), not
        // here: reconciling on each look cost the chat list, opened on every start of the app, several queries.
        return TypedResults.Ok(await SummariesAsync(db, caller.Membership, null, clock.GetUtcNow().UtcDateTime, ct));
    }

    /// <summary>The caller's chats (or one of them), as the list shows them; <paramref name="now"/> decides whether a restriction still holds.</summary>
    public static async Task<List<ChatSummaryDto>> SummariesAsync(PartaDbContext db, Membership membership, Guid? onlyChat, DateTime now, CancellationToken ct)
    {
        var me = membership.AccountId;
        // Read only: tracking 200 chats, their member rows and last messages cost the list more than reading them.
        var rows = await (from cm in db.ChatMembers.AsNoTracking()
                          join c in db.Chats.AsNoTracking() on cm.ChatId equals c.Id
                          where cm.AccountId == me && cm.OrganizationId == membership.OrganizationId && (onlyChat == null || c.Id == onlyChat)
                          from m in db.Messages.AsNoTracking().Where(m => m.ChatId == c.Id && m.Seq == c.LastSeq && m.Seq >= cm.VisibleFromSeq).DefaultIfEmpty()
                          select new { Chat = c, Member = cm, Last = m }).ToListAsync(ct);

        var directIds = rows.Where(r => r.Chat.Kind == ChatKind.Direct).Select(r => r.Chat.Id).ToList();
        var peers = await db.ChatMembers.Where(cm => directIds.Contains(cm.ChatId) && cm.AccountId != me)
            .Select(cm => new { cm.ChatId, cm.AccountId }).ToListAsync(ct);
        var people = await MessageReader.PeopleAsync(db, membership.OrganizationId,
            peers.Select(p => p.AccountId).Concat(rows.Where(r => r.Last != null).Select(r => r.Last!.SenderId)).Distinct().ToList(), ct);
        var peerOf = peers.ToDictionary(p => p.ChatId, p => p.AccountId);
        // One grouped query: this person's mentions above each chat's read cursor, in messages still standing.
        var unreadMentions = await (from mm in db.MessageMentions
                                    join cm in db.ChatMembers on new { mm.ChatId, mm.AccountId } equals new { cm.ChatId, cm.AccountId }
                                    where mm.AccountId == me && cm.OrganizationId == membership.OrganizationId && (onlyChat == null || cm.ChatId == onlyChat)
                                          && mm.Seq > cm.ReadSeq && mm.Seq >= cm.VisibleFromSeq
                                          && db.Messages.Any(m => m.ChatId == mm.ChatId && m.Seq == mm.Seq && m.DeletedAt == null)
                                    group mm by mm.ChatId into g
                                    select new { ChatId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ChatId, x => x.Count, ct);

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
                    context.IsWritingRestricted(now), context.IsWritingRestricted(now) ? WritingRestriction.ShownEnd(r.Member.WritingRestrictedUntil) : null,
                    unreadMentions.GetValueOrDefault(chat.Id), ChatAvatars.UrlOf(chat));
            })
            .OrderByDescending(c => c.Kind == ChatKind.Channel)
            .ThenByDescending(c => c.LastMessage?.CreatedAt ?? DateTime.MinValue)
            .ToList();
    }

    private static string Snippet(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
