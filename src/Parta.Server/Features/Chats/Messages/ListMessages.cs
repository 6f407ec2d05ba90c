using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-4 history: the newest page, a page before or after a sequence number (scrolling, catching up after
/// a reconnect), or a page around one (opening a search result or a reply in context). Every page is one
/// range scan of the (chat, seq) index.
/// </summary>
public static class ListMessages
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    /// <summary>
    /// A page of history with what is the caller's own: receipts for their messages, their reactions, and the
    /// messages on the page they have already confirmed «Ознакомлен».
    /// </summary>
    public sealed record MessagePageDto(IReadOnlyList<MessageDto> Messages, bool HasOlder, bool HasNewer, IReadOnlyList<ReceiptDto> Receipts,
        IReadOnlyList<MyReactionDto> MyReactions, IReadOnlyList<long> Acknowledged, IReadOnlyList<MyVoteDto> MyVotes);

    public sealed record MyReactionDto(long Seq, string Emoji);

    public sealed record MyVoteDto(Guid PollId, IReadOnlyList<int> Options);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/messages", Handle).WithName(nameof(ListMessages)).WithSummary("List a chat's messages");

    private static async Task<Results<Ok<MessagePageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long? before, long? after, long? around, int? limit, PartaDbContext db, CancellationToken ct)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit) return Problems.Field("limit", string.Format(ChatTexts.LimitRange, MaxLimit));
        if (new[] { before, after, around }.Count(x => x is not null) > 1) return Problems.Field("after", ChatTexts.OneCursor);

        var visible = VisibleFrom(db, chat, 0);
        List<Message> page;
        if (after is not null) page = await VisibleFrom(db, chat, Math.Min(after.Value, long.MaxValue - 1) + 1).OrderBy(m => m.Seq).Take(size).ToListAsync(ct);
        else if (around is not null)
        {
            var older = await visible.Where(m => m.Seq < around).OrderByDescending(m => m.Seq).Take(size / 2).ToListAsync(ct);
            var newer = await VisibleFrom(db, chat, around.Value).OrderBy(m => m.Seq).Take(size - older.Count).ToListAsync(ct);
            page = [.. older.AsEnumerable().Reverse(), .. newer];
        }
        else
        {
            var query = before is null ? visible : visible.Where(m => m.Seq < before);
            page = (await query.OrderByDescending(m => m.Seq).Take(size).ToListAsync(ct)).AsEnumerable().Reverse().ToList();
        }

        var first = page.Count > 0 ? page[0].Seq : (after ?? before ?? around ?? chat.Chat.LastSeq + 1);
        var last = page.Count > 0 ? page[^1].Seq : (after ?? first - 1);
        var dtos = await MessageReader.ToDtosAsync(db, chat.Chat, page, ct);
        var seqs = page.Select(m => m.Seq).ToList();
        var me = chat.Member.AccountId;
        var myReactions = page.Count == 0 ? [] : await db.MessageReactions.Where(r => r.ChatId == chatId && r.AccountId == me && seqs.Contains(r.Seq))
            .Select(r => new MyReactionDto(r.Seq, r.Emoji)).ToListAsync(ct);
        var asking = page.Where(m => m.RequiresAcknowledgement).Select(m => m.Seq).ToList();
        var acknowledged = asking.Count == 0 ? [] : await db.MessageAcknowledgements.Where(a => a.ChatId == chatId && a.AccountId == me && asking.Contains(a.Seq))
            .Select(a => a.Seq).ToListAsync(ct);
        var pollIds = dtos.Where(m => m.Poll is not null).Select(m => m.Poll!.Id).ToList();
        var myVotes = pollIds.Count == 0 ? [] : (await db.PollVotes.Where(v => pollIds.Contains(v.PollId) && v.AccountId == me)
                .Select(v => new { v.PollId, v.Option }).ToListAsync(ct))
            .GroupBy(v => v.PollId).Select(g => new MyVoteDto(g.Key, [.. g.Select(v => v.Option).Order()])).ToList();
        return TypedResults.Ok(new MessagePageDto(dtos, first > Math.Max(1, chat.Member.VisibleFromSeq), last < chat.Chat.LastSeq,
            await ReceiptsAsync(db, chat, page, ct), myReactions, acknowledged, myVotes));
    }

    /// <summary>What this member may read: the chat's messages from the point their history opens.</summary>
    /// <summary>
    /// What this member may read from a sequence number on: the chat's messages from where their history opens.
    /// One lower bound, folded here: SQLite uses only one of two lower bounds on the (chat, seq) index, and a
    /// jump into a million-message chat then scans instead of seeking (measured by bench `history`).
    /// </summary>
    public static IQueryable<Message> VisibleFrom(PartaDbContext db, ChatContext chat, long lowest)
    {
        var from = Math.Max(lowest, chat.Member.VisibleFromSeq);
        return db.Messages.AsNoTracking().Where(m => m.ChatId == chat.Chat.Id && m.Seq >= from);
    }

    /// <summary>Messages after a sequence number, for a reconnecting client: at most <see cref="MaxLimit"/>.</summary>
    public static async Task<(List<MessageDto> Messages, bool Complete)> AfterAsync(PartaDbContext db, ChatContext chat, long after, CancellationToken ct)
    {
        var page = await VisibleFrom(db, chat, Math.Min(after, long.MaxValue - 1) + 1).OrderBy(m => m.Seq).Take(MaxLimit + 1).ToListAsync(ct);
        var complete = page.Count <= MaxLimit;
        if (!complete) page.RemoveAt(page.Count - 1);
        return (await MessageReader.ToDtosAsync(db, chat.Chat, page, ct), complete);
    }

    /// <summary>«Прочитали N из M» for the caller's own messages on the page, from the other members' read cursors.</summary>
    private static async Task<List<ReceiptDto>> ReceiptsAsync(PartaDbContext db, ChatContext chat, List<Message> page, CancellationToken ct)
    {
        var mine = page.Where(m => m.SenderId == chat.Member.AccountId && m.DeletedAt is null).Select(m => m.Seq).ToList();
        if (mine.Count == 0) return [];
        var cursors = await db.ChatMembers.Where(cm => cm.ChatId == chat.Chat.Id && cm.AccountId != chat.Member.AccountId)
            .Select(cm => cm.ReadSeq).ToListAsync(ct);
        var asking = page.Where(m => m.RequiresAcknowledgement && mine.Contains(m.Seq)).Select(m => m.Seq).ToList();
        var acknowledgements = asking.Count == 0 ? [] : (await db.MessageAcknowledgements.Where(a => a.ChatId == chat.Chat.Id && asking.Contains(a.Seq))
            .GroupBy(a => a.Seq).Select(g => new { Seq = g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Seq, x => x.Count);
        return mine.Select(seq => new ReceiptDto(seq, cursors.Count(read => read >= seq), cursors.Count,
            asking.Contains(seq) ? acknowledgements.GetValueOrDefault(seq) : null)).ToList();
    }
}
