using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3: takes a message off the chat's header.</summary>
public static class UnpinMessage
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/pins/{seq:long}", Handle).WithName(nameof(UnpinMessage)).WithSummary("Unpin a message");

    private static async Task<Results<Ok<List<MessageDto>>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, PartaDbContext db, ChatEvents events, CancellationToken ct)
    {
        if (!ChatPins.MayPin(chat)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);
        // A number no message of this chat has (0, −1, 2⁶³−1) is not a pin to take off; a message that is simply
        // not pinned (two admins unpinning at once) answers with the list, as the first unpin did.
        if (seq < Math.Max(1, chat.Member.VisibleFromSeq) || seq > chat.Chat.LastSeq) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (await db.PinnedMessages.Where(p => p.ChatId == chatId && p.Seq == seq).ExecuteDeleteAsync(ct) > 0)
            await events.PinsChangedAsync(chatId);
        return TypedResults.Ok(await ChatPins.ListAsync(db, chat, ct));
    }
}
