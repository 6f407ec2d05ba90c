using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

public sealed record ReplyPreviewDto(long Seq, string SenderName, string Text, bool Deleted);

public sealed record ForwardedDto(string Chat, string Sender, DateTime SentAt);

/// <summary>A chat member named in the message with «@».</summary>
public sealed record MentionDto(Guid AccountId, string Name);

/// <summary>A poll's ballot with live counts; <c>ClosedAt</c> or a passed <c>ClosesAt</c> means voting is over.</summary>
public sealed record PollDto(Guid Id, bool MultipleChoice, bool Anonymous, DateTime? ClosesAt, DateTime? ClosedAt, IReadOnlyList<PollOptionDto> Options, int Voters);

public sealed record PollOptionDto(int Index, string Text, int Votes);

/// <summary>How many people reacted to a message with one emoji.</summary>
public sealed record ReactionCountDto(string Emoji, int Count);

/// <summary>
/// A message as every client sees it, over HTTP and the hub alike. A deleted message keeps its number
/// with empty text, so a client that syncs by sequence never sees a gap. <c>CommentsEnabled</c> and
/// <c>CommentCount</c> (comments not deleted) matter only for posts of the information channel (MSG-1).
/// </summary>
public sealed record MessageDto(
    Guid Id, Guid ChatId, long Seq, Guid SenderId, string SenderName, bool SenderVerifiedTeacher, Guid ClientId,
    string Text, ReplyPreviewDto? ReplyTo, ForwardedDto? Forwarded, DateTime CreatedAt, DateTime? EditedAt, bool Deleted,
    bool RequiresAcknowledgement, IReadOnlyList<ReactionCountDto> Reactions, PollDto? Poll, bool CommentsEnabled, int CommentCount, IReadOnlyList<MentionDto> Mentions);

/// <summary>
/// «Прочитали 24 из 28» for one of the caller's own messages, and «ознакомились 20 из 28» when the message
/// asked for it.
/// </summary>
public sealed record ReceiptDto(long Seq, int Read, int Of, int? Acknowledged);

/// <summary>
/// What a message stored a moment ago can carry: nobody has reacted to it or commented on it yet, and it has a
/// poll or mentions only when it was sent with them.
/// </summary>
public sealed record JustSent(bool WithPoll, bool WithMentions);

/// <summary>
/// Turns message rows of one chat into <see cref="MessageDto"/>s with names, badges and reply previews in a few small
/// queries; comment counts cost one more, and only in the information channel (the send path elsewhere stays as it was).
/// </summary>
public static class MessageReader
{
    private const int ReplyPreviewLength = 140;

    /// <param name="justSent">
    /// Set when the messages were stored a moment ago: it spares the sending hot path the queries it cannot need.
    /// </param>
    public static async Task<List<MessageDto>> ToDtosAsync(PartaDbContext db, Chat chat, IReadOnlyList<Message> messages, CancellationToken ct,
        JustSent? justSent = null)
    {
        if (messages.Count == 0) return [];
        var chatId = chat.Id;
        var organizationId = chat.OrganizationId;
        var replySeqs = messages.Where(m => m.ReplyToSeq is not null).Select(m => m.ReplyToSeq!.Value).Distinct().ToList();
        var replies = replySeqs.Count == 0 ? [] : await db.Messages.AsNoTracking()
            .Where(m => m.ChatId == chatId && replySeqs.Contains(m.Seq)).ToListAsync(ct);
        var seqs = messages.Select(m => m.Seq).ToList();
        var mentions = justSent is { WithMentions: false } ? NoMentions : (await db.MessageMentions.Where(m => m.ChatId == chatId && seqs.Contains(m.Seq)).Select(m => new { m.Seq, m.AccountId }).ToListAsync(ct))
            .ToLookup(m => m.Seq, m => m.AccountId);
        var senders = messages.Select(m => m.SenderId).Concat(replies.Select(r => r.SenderId)).Concat(mentions.SelectMany(m => m)).Distinct().ToList();
        var people = await PeopleAsync(db, organizationId, senders, ct);
        var replyBySeq = replies.ToDictionary(r => r.Seq);
        var reactions = justSent is not null ? NoReactions : await ReactionsAsync(db, chatId, messages, ct);
        var polls = justSent is { WithPoll: false } ? [] : await PollsAsync(db, messages, ct);
        var comments = chat.Kind == ChatKind.Channel && justSent is null ? await CommentThread.CountsAsync(db, chatId, [.. messages.Select(m => m.Seq)], ct) : [];
        return messages.Select(m => ToDto(m, people, m.ReplyToSeq is { } seq && replyBySeq.TryGetValue(seq, out var reply) ? reply : null,
            [.. reactions[m.Seq].OrderByDescending(r => r.Count).ThenBy(r => r.Emoji, StringComparer.Ordinal)], polls.GetValueOrDefault(m.Id),
            comments.GetValueOrDefault(m.Seq), [.. mentions[m.Seq].Select(id => new MentionDto(id, people.GetValueOrDefault(id, Person.Unknown).Name))])).ToList();
    }

    private static readonly ILookup<long, ReactionCountDto> NoReactions = Array.Empty<ReactionCountDto>().ToLookup(_ => 0L);
    private static readonly ILookup<long, Guid> NoMentions = Array.Empty<Guid>().ToLookup(_ => 0L);

    private static async Task<ILookup<long, ReactionCountDto>> ReactionsAsync(PartaDbContext db, Guid chatId, IReadOnlyList<Message> messages, CancellationToken ct)
    {
        var seqs = messages.Select(m => m.Seq).ToList();
        return (await db.MessageReactions.Where(r => r.ChatId == chatId && seqs.Contains(r.Seq))
                .GroupBy(r => new { r.Seq, r.Emoji }).Select(g => new { g.Key.Seq, g.Key.Emoji, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(r => r.Seq, r => new ReactionCountDto(r.Emoji, r.Count));
    }

    private static async Task<Dictionary<Guid, PollDto>> PollsAsync(PartaDbContext db, IReadOnlyList<Message> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Id).ToList();
        var polls = await db.Polls.AsNoTracking().Where(p => ids.Contains(p.MessageId)).ToListAsync(ct);
        if (polls.Count == 0) return [];
        var pollIds = polls.Select(p => p.Id).ToList();
        var votes = (await db.PollVotes.Where(v => pollIds.Contains(v.PollId)).GroupBy(v => new { v.PollId, v.Option })
            .Select(g => new { g.Key.PollId, g.Key.Option, Count = g.Count() }).ToListAsync(ct)).ToDictionary(v => (v.PollId, v.Option), v => v.Count);
        var voters = await db.PollVotes.Where(v => pollIds.Contains(v.PollId)).Select(v => new { v.PollId, v.AccountId }).Distinct()
            .GroupBy(v => v.PollId).Select(g => new { PollId = g.Key, Count = g.Count() }).ToDictionaryAsync(v => v.PollId, v => v.Count, ct);
        return polls.ToDictionary(p => p.MessageId, p => new PollDto(p.Id, p.MultipleChoice, p.Anonymous, p.ClosesAt, p.ClosedAt,
            [.. PollOptions.Split(p.Options).Select((text, i) => new PollOptionDto(i, text, votes.GetValueOrDefault((p.Id, i))))], voters.GetValueOrDefault(p.Id)));
    }

    private static MessageDto ToDto(Message m, IReadOnlyDictionary<Guid, Person> people, Message? reply, IReadOnlyList<ReactionCountDto> reactions, PollDto? poll, int comments,
        IReadOnlyList<MentionDto> mentions)
    {
        var sender = people.GetValueOrDefault(m.SenderId, Person.Unknown);
        var deleted = m.DeletedAt is not null;
        return new MessageDto(m.Id, m.ChatId, m.Seq, m.SenderId, sender.Name, sender.VerifiedTeacher, m.ClientId, deleted ? "" : m.Text,
            reply is null ? null : new ReplyPreviewDto(reply.Seq, people.GetValueOrDefault(reply.SenderId, Person.Unknown).Name,
                reply.DeletedAt is null ? Shorten(reply.Text) : "", reply.DeletedAt is not null),
            m.ForwardedFromChat is null ? null : new ForwardedDto(m.ForwardedFromChat, m.ForwardedFromSender ?? "", m.ForwardedSentAt ?? m.CreatedAt),
            m.CreatedAt, m.EditedAt, deleted, m.RequiresAcknowledgement, deleted ? [] : reactions, deleted ? null : poll,
            !deleted && m.CommentsEnabled, deleted ? 0 : comments, deleted ? [] : mentions);
    }

    /// <summary>A name and the confirmed-teacher badge (ID-2), which goes wherever the name goes.</summary>
    public sealed record Person(string Name, bool VerifiedTeacher)
    {
        public static readonly Person Unknown = new("—", false);
    }

    public static async Task<Dictionary<Guid, Person>> PeopleAsync(PartaDbContext db, Guid organizationId, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var people = await db.Users.Where(a => accountIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.FullName,
                Verified = db.Memberships.Any(m => m.OrganizationId == organizationId && m.AccountId == a.Id && m.Role == OrganizationRole.Teacher && m.VerifiedAt != null),
            }).ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => new Person(p.FullName, p.Verified));
    }

    private static string Shorten(string text) => text.Length <= ReplyPreviewLength ? text : text[..ReplyPreviewLength] + "…";
}
