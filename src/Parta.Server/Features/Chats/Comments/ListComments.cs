using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: a channel post's comments, oldest first, a page at a time after the last one the client has.
/// Deleted comments stay in the thread as «комментарий удалён»; closing comments keeps them all readable.
/// </summary>
public static class ListComments
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/messages/{seq:long}/comments", Handle).WithName(nameof(ListComments)).WithSummary("List a post's comments");

    private static async Task<Results<Ok<CommentPageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, long seq, Guid? after, int? limit, PartaDbContext db, CancellationToken ct)
    {
        var (post, missing) = await CommentThread.PostAsync(db, chat, seq, ct);
        if (post is null) return missing!;
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit) return Problems.Field("limit", string.Format(ChatTexts.CommentLimitRange, MaxLimit));

        var thread = db.PostComments.AsNoTracking().Where(c => c.ChatId == chatId && c.PostSeq == seq);
        if (after is { } cursorId)
        {
            var cursor = await thread.Where(c => c.Id == cursorId).Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(ct);
            if (cursor is not { } at) return Problems.Field("after", ChatTexts.CommentNotFound);
            // Two comments may share a moment: the id breaks the tie, in the same order as the sort below.
            thread = thread.Where(c => c.CreatedAt > at || (c.CreatedAt == at && c.Id.CompareTo(cursorId) > 0));
        }
        var page = await thread.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(size + 1).ToListAsync(ct);
        var hasMore = page.Count > size;
        if (hasMore) page.RemoveAt(page.Count - 1);
        return TypedResults.Ok(new CommentPageDto(await CommentThread.ToDtosAsync(db, organizationId, page, ct), hasMore));
    }
}
