using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-4: the member's read cursor moves forward (never back) to a sequence number; unread counts and
/// receipts («прочитали 24 из 28») follow from the cursors alone.
/// </summary>
public static class MarkRead
{
    public sealed record MarkReadRequest(long Seq);

    public static void Map(RouteGroupBuilder chatScope) =>
        chatScope.MapPost("/read", async Task<Results<NoContent, ProblemHttpResult>> (
            ChatContext chat, MarkReadRequest request, PartaDbContext db, ChatEvents events, CancellationToken ct) =>
        {
            await MarkAsync(db, events, chat, request.Seq, ct);
            return TypedResults.NoContent();
        }).WithName(nameof(MarkRead)).WithSummary("Mark a chat read up to a message");

    public static async Task MarkAsync(PartaDbContext db, ChatEvents events, ChatContext chat, long seq, CancellationToken ct)
    {
        var upTo = Math.Min(seq, chat.Chat.LastSeq);
        var moved = await db.ChatMembers.Where(m => m.Id == chat.Member.Id && m.ReadSeq < upTo)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadSeq, upTo), ct);
        // Ten thousand readers of the channel would flood each other with receipts; the channel's counts are fetched instead.
        if (moved > 0 && chat.Chat.Kind != ChatKind.Channel)
            await events.ReadAsync(new ReadEvent(chat.Chat.Id, chat.Member.AccountId, upTo));
    }
}
