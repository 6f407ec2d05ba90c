using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-8: what a person did in chats, for «download my data» — their own messages, comments, poll votes and
/// reactions, each named by school and chat rather than by ids. Other people's words are not included:
/// a reaction or a vote names the message by its chat, number and time, and a poll by its question,
/// which the person answered.
/// </summary>
public static class MyChatActivity
{
    public sealed record MessageEntry(
        string School, string Chat, long Number, DateTime SentAt, DateTime? EditedAt, DateTime? DeletedAt, string Text,
        long? ReplyToNumber, string? ForwardedFrom);

    public sealed record CommentEntry(string School, string Chat, long PostNumber, DateTime WrittenAt, DateTime? DeletedAt, string Text);

    public sealed record VoteEntry(string School, string Chat, string Question, string Answer, DateTime VotedAt);

    public sealed record ReactionEntry(string School, string Chat, long MessageNumber, string Emoji, DateTime ReactedAt);

    public sealed record Activity(
        IReadOnlyList<MessageEntry> Messages, IReadOnlyList<CommentEntry> Comments, IReadOnlyList<VoteEntry> Votes, IReadOnlyList<ReactionEntry> Reactions);

    public static async Task<Activity> OfAsync(PartaDbContext db, Guid me, CancellationToken ct)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => m.SenderId == me).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ChatId, m.Seq, m.CreatedAt, m.EditedAt, m.DeletedAt, m.Text, m.ReplyToSeq, m.ForwardedFromChat, m.ForwardedFromSender })
            .ToListAsync(ct);
        var comments = await db.PostComments.AsNoTracking().Where(c => c.AuthorId == me).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.ChatId, c.PostSeq, c.CreatedAt, c.DeletedAt, c.Text }).ToListAsync(ct);
        var votes = await (
            from v in db.PollVotes where v.AccountId == me
            join p in db.Polls on v.PollId equals p.Id
            join m in db.Messages on p.MessageId equals m.Id
            orderby v.VotedAt
            select new { p.ChatId, Question = m.Text, p.Options, v.Option, v.VotedAt }).AsNoTracking().ToListAsync(ct);
        var reactions = await db.MessageReactions.AsNoTracking().Where(r => r.AccountId == me).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.ChatId, r.Seq, r.Emoji, r.CreatedAt }).ToListAsync(ct);

        var chats = await NamesAsync(db, me,
            messages.Select(m => m.ChatId).Concat(comments.Select(c => c.ChatId)).Concat(votes.Select(v => v.ChatId)).Concat(reactions.Select(r => r.ChatId)).ToHashSet(), ct);
        return new Activity(
            messages.Select(m => new MessageEntry(chats[m.ChatId].School, chats[m.ChatId].Chat, m.Seq, m.CreatedAt, m.EditedAt, m.DeletedAt, m.Text, m.ReplyToSeq,
                m.ForwardedFromChat is null ? null : $"{m.ForwardedFromSender} ({m.ForwardedFromChat})")).ToList(),
            comments.Select(c => new CommentEntry(chats[c.ChatId].School, chats[c.ChatId].Chat, c.PostSeq, c.CreatedAt, c.DeletedAt, c.Text)).ToList(),
            votes.Select(v => new VoteEntry(chats[v.ChatId].School, chats[v.ChatId].Chat, v.Question, PollOptionText(v.Options, v.Option), v.VotedAt)).ToList(),
            reactions.Select(r => new ReactionEntry(chats[r.ChatId].School, chats[r.ChatId].Chat, r.Seq, r.Emoji, r.CreatedAt)).ToList());
    }

    private static string PollOptionText(string options, int index) =>
        options.Split('\n') is var all && index >= 0 && index < all.Length ? all[index] : $"вариант {index + 1}";

    /// <summary>Each chat as people know it: its title, or «Личный чат: …» with the other person's name.</summary>
    private static async Task<Dictionary<Guid, (string School, string Chat)>> NamesAsync(PartaDbContext db, Guid me, HashSet<Guid> chatIds, CancellationToken ct)
    {
        var chats = await (
            from c in db.Chats where chatIds.Contains(c.Id)
            join o in db.Organizations on c.OrganizationId equals o.Id
            select new { c.Id, c.Kind, c.Title, School = o.ShortName }).AsNoTracking().ToListAsync(ct);
        var directIds = chats.Where(c => c.Kind == ChatKind.Direct).Select(c => c.Id).ToList();
        var others = await (
            from cm in db.ChatMembers where directIds.Contains(cm.ChatId) && cm.AccountId != me
            join a in db.Users on cm.AccountId equals a.Id
            select new { cm.ChatId, a.FullName }).AsNoTracking().ToListAsync(ct);
        return chats.ToDictionary(c => c.Id, c => (c.School, c.Kind == ChatKind.Direct
            ? $"Личный чат: {others.FirstOrDefault(o => o.ChatId == c.Id)?.FullName ?? "собеседник вышел"}"
            : c.Title));
    }
}
