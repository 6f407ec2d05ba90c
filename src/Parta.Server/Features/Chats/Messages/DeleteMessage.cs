using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3: deletion for everyone, by the author or a moderator (MSG-7) — for a reported message also by an
/// organization administrator who is not in the chat (<see cref="ChatAccess.RequireModeratorAsync"/>). The text is wiped at once; the row
/// keeps its number so clients that sync by sequence see «сообщение удалено», not a gap.
/// </summary>
public static class DeleteMessage
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/chats/{chatId:guid}/messages/{seq:long}", Handle).WithName(nameof(DeleteMessage)).WithSummary("Delete a message");

    private static async Task<Results<Ok<MessageDto>, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, long seq, HttpContext context, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var (chat, problem) = await ChatAccess.RequireModeratorAsync(db, organizationId, chatId, context.User, r => r.Seq == seq, ct);
        if (chat is null) return problem!;
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (message.SenderId != chat.Member.AccountId && !chat.CanModerate)
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);

        if (message.DeletedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var me = chat.Member.AccountId;
            // A moderator removing someone else's message is a moderation action: logged, and the reports about it answered.
            var moderating = message.SenderId != me;
            message.DeletedAt = now;
            message.DeletedById = me;
            message.Text = "";
            MessageSearch.Index(db, message);
            if (moderating) await ModerationRecord.LogAsync(db, chat.Chat, me, ModerationActionKind.DeleteMessage, now, ct, targetId: message.SenderId, seq: seq);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (moderating) await ModerationRecord.ResolveAsync(db, chatId, me, now, ct, seq: seq);
            // Nothing of a deleted message stays on show: not its reactions, not a pin in the chat's header.
            await db.MessageReactions.Where(r => r.ChatId == chatId && r.Seq == seq).ExecuteDeleteAsync(ct);
            var unpinned = await db.PinnedMessages.Where(p => p.ChatId == chatId && p.Seq == seq).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            if (unpinned > 0) await events.PinsChangedAsync(chatId);
        }
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct))[0];
        await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
