using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: any member of the channel comments on a post while its comments are open. Like a message, the
/// comment is named by the client's own id: a retried send returns the stored comment instead of a second one.
/// </summary>
public static class AddComment
{
    public sealed record AddCommentRequest(Guid? ClientId, string? Text);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages/{seq:long}/comments", Handle).WithName(nameof(AddComment)).WithSummary("Comment on a post");

    private static async Task<Results<Created<CommentDto>, Ok<CommentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, long seq, AddCommentRequest request, PartaDbContext db, ChatEvents events,
        TimeProvider clock, CancellationToken ct)
    {
        var (post, missing) = await CommentThread.PostAsync(db, chat, seq, ct);
        if (post is null) return missing!;
        var errors = new FieldErrors();
        if (request.ClientId is null || request.ClientId == Guid.Empty) errors.Add("clientId", ChatTexts.ClientIdRequired);
        var text = Input.MultilineText(errors, "text", request.Text, Limits.ChatMessage);
        if (errors.Any) return Problems.Validation(errors);

        var authorId = chat.Member.AccountId;
        var clientId = request.ClientId!.Value;
        // A retry is answered with what was stored, even if comments closed in between.
        if (await FindAsync(db, chatId, authorId, clientId, ct) is { } stored) return TypedResults.Ok(await CommentThread.ToDtoAsync(db, organizationId, stored, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        if (await WritingRestriction.RestrictionAsync(db, chat, now, ct) is { } restricted) return restricted;
        if (!post.CommentsEnabled) return Problems.Conflict("comments_closed", ChatTexts.CommentsClosed);

        var comment = new PostComment
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chatId, PostSeq = seq, AuthorId = authorId, ClientId = clientId,
            Text = text!, CreatedAt = now,
        };
        db.PostComments.Add(comment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same client id raced in from another connection and won: that stored comment is the answer.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(db, chatId, authorId, clientId, ct) ?? throw new InvalidOperationException("A comment insert failed without a stored twin.");
            return TypedResults.Ok(await CommentThread.ToDtoAsync(db, organizationId, winner, ct));
        }

        var dto = await CommentThread.ToDtoAsync(db, organizationId, comment, ct);
        await events.CommentAddedAsync(new CommentEvent(dto, await CommentThread.CountAsync(db, chatId, seq, ct)));
        return TypedResults.Created($"/api/organizations/{organizationId}/chats/{chatId}/messages/{seq}/comments/{comment.Id}", dto);
    }

    private static Task<PostComment?> FindAsync(PartaDbContext db, Guid chatId, Guid authorId, Guid clientId, CancellationToken ct) =>
        db.PostComments.AsNoTracking().FirstOrDefaultAsync(c => c.ChatId == chatId && c.AuthorId == authorId && c.ClientId == clientId, ct);
}
