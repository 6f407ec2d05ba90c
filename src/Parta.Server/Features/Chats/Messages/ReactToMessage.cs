using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3 reactions: each member puts at most one reaction on a message, from a small set fit for a school
/// chat, and can change or take it back. Everyone in the chat sees the counts change at once.
/// </summary>
public static class ReactToMessage
{
    public static readonly IReadOnlyList<string> Allowed = ["👍", "❤️", "😂", "😮", "😢", "🙏", "👏", "🔥", "🎉", "✅"];

    /// <param name="Emoji">One of <see cref="Allowed"/>, or null to take the reaction back.</param>
    public sealed record ReactionRequest(string? Emoji);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPut("/messages/{seq:long}/reaction", Handle).WithName(nameof(ReactToMessage)).WithSummary("Set or clear my reaction to a message");

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, ReactionRequest request, PartaDbContext db, ChatEvents events,
        TimeProvider clock, CancellationToken ct)
    {
        if (request.Emoji is not null && !Allowed.Contains(request.Emoji)) return Problems.Field("emoji", ChatTexts.UnknownReaction);
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (message.DeletedAt is not null) return Problems.Conflict("message_deleted", ChatTexts.MessageDeleted);

        var me = chat.Member.AccountId;
        var mine = await db.MessageReactions.Where(r => r.ChatId == chatId && r.Seq == seq && r.AccountId == me).ToListAsync(ct);
        if (mine.Count == 1 && mine[0].Emoji == request.Emoji) return TypedResults.Ok((await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct))[0]);
        db.MessageReactions.RemoveRange(mine);
        if (request.Emoji is not null)
            db.MessageReactions.Add(new MessageReaction
            {
                Id = Guid.CreateVersion7(), ChatId = chatId, Seq = seq, AccountId = me, Emoji = request.Emoji, CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same person reacted from another tab a moment ago; their reaction stands as that tab set it.
            db.ChangeTracker.Clear();
        }
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct))[0];
        await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
