using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// A comment under a channel post, as every member sees it. A deleted comment keeps its place in the thread
/// with empty text («комментарий удалён»), so paging by position never skips one.
/// </summary>
public sealed record CommentDto(
    Guid Id, Guid ChatId, long PostSeq, Guid AuthorId, string AuthorName, bool AuthorVerifiedTeacher, Guid ClientId,
    string Text, DateTime CreatedAt, bool Deleted);

/// <summary>A page of a post's comments, oldest first; <c>HasMore</c> says newer ones follow.</summary>
public sealed record CommentPageDto(IReadOnlyList<CommentDto> Comments, bool HasMore);

/// <summary>
/// MSG-1: what the comment use cases share — the post a thread hangs on, the counts shown under posts,
/// and turning rows into <see cref="CommentDto"/>s with names and badges.
/// </summary>
public static class CommentThread
{
    /// <summary>
    /// The channel post this member may see (tracked, for a change). Comments exist only under posts of the
    /// information channel; a deleted post takes its thread with it.
    /// </summary>
    public static async Task<(Message? Post, ProblemHttpResult? Problem)> PostAsync(PartaDbContext db, ChatContext chat, long seq, CancellationToken ct)
    {
        if (chat.Chat.Kind != ChatKind.Channel) return (null, Problems.NotFound("message_not_found", ChatTexts.CommentsChannelOnly));
        var post = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        return post is null || post.DeletedAt is not null
            ? (null, Problems.NotFound("message_not_found", ChatTexts.PostNotFound))
            : (post, null);
    }

    /// <summary>Comments not deleted, per post, in one grouped query over the (chat, post, time) index.</summary>
    public static async Task<Dictionary<long, int>> CountsAsync(PartaDbContext db, Guid chatId, IReadOnlyCollection<long> postSeqs, CancellationToken ct) =>
        await db.PostComments.Where(c => c.ChatId == chatId && postSeqs.Contains(c.PostSeq) && c.DeletedAt == null)
            .GroupBy(c => c.PostSeq).Select(g => new { Seq = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Seq, x => x.Count, ct);

    public static async Task<int> CountAsync(PartaDbContext db, Guid chatId, long postSeq, CancellationToken ct) =>
        await db.PostComments.CountAsync(c => c.ChatId == chatId && c.PostSeq == postSeq && c.DeletedAt == null, ct);

    public static async Task<List<CommentDto>> ToDtosAsync(PartaDbContext db, Guid organizationId, IReadOnlyList<PostComment> comments, CancellationToken ct)
    {
        if (comments.Count == 0) return [];
        var people = await MessageReader.PeopleAsync(db, organizationId, comments.Select(c => c.AuthorId).Distinct().ToList(), ct);
        return comments.Select(c =>
        {
            var author = people.GetValueOrDefault(c.AuthorId, MessageReader.Person.Unknown);
            var deleted = c.DeletedAt is not null;
            return new CommentDto(c.Id, c.ChatId, c.PostSeq, c.AuthorId, author.Name, author.VerifiedTeacher, c.ClientId,
                deleted ? "" : c.Text, c.CreatedAt, deleted);
        }).ToList();
    }

    public static async Task<CommentDto> ToDtoAsync(PartaDbContext db, Guid organizationId, PostComment comment, CancellationToken ct) =>
        (await ToDtosAsync(db, organizationId, [comment], ct))[0];
}
