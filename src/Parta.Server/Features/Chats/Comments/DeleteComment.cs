using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1/MSG-7: a comment is deleted by its author or a moderator of the channel. The text is wiped at
/// once; the row keeps its place in the thread as «комментарий удалён». Deleting twice changes nothing.
/// </summary>
public static class DeleteComment
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/messages/{seq:long}/comments/{commentId:guid}", Handle).WithName(nameof(DeleteComment)).WithSummary("Delete a comment");

    private static async Task<Results<Ok<CommentDto>, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, long seq, Guid commentId, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var (post, missing) = await CommentThread.PostAsync(db, chat, seq, ct);
        if (post is null) return missing!;
        var comment = await db.PostComments.FirstOrDefaultAsync(c => c.Id == commentId && c.ChatId == chatId && c.PostSeq == seq, ct);
        if (comment is null) return Problems.NotFound("comment_not_found", ChatTexts.CommentNotFound);
        if (comment.AuthorId != chat.Member.AccountId && !chat.CanModerate)
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotCommentAuthorOrModerator);

        if (comment.DeletedAt is not null) return TypedResults.Ok(await CommentThread.ToDtoAsync(db, organizationId, comment, ct));
        comment.DeletedAt = clock.GetUtcNow().UtcDateTime;
        comment.DeletedById = chat.Member.AccountId;
        comment.Text = "";
        await db.SaveChangesAsync(ct);
        var dto = await CommentThread.ToDtoAsync(db, organizationId, comment, ct);
        await events.CommentDeletedAsync(new CommentEvent(dto, await CommentThread.CountAsync(db, chatId, seq, ct)));
        return TypedResults.Ok(dto);
    }
}
