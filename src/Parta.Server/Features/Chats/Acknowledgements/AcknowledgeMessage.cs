using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// «Ознакомлен»: a recipient confirms a message that asked for it (a teacher's notice about a trip, a change
/// of timetable). Confirming twice changes nothing; the sender's counter moves at once.
/// </summary>
public static class AcknowledgeMessage
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages/{seq:long}/acknowledge", Handle).WithName(nameof(AcknowledgeMessage)).WithSummary("Confirm «Ознакомлен» on a message");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (!message.RequiresAcknowledgement || message.DeletedAt is not null)
            return Problems.Conflict("no_acknowledgement_asked", ChatTexts.NoAcknowledgementAsked);
        var me = chat.Member.AccountId;
        if (message.SenderId == me) return Problems.Conflict("own_message", ChatTexts.OwnMessage);
        if (await db.MessageAcknowledgements.AnyAsync(a => a.ChatId == chatId && a.Seq == seq && a.AccountId == me, ct)) return TypedResults.NoContent();

        var now = clock.GetUtcNow().UtcDateTime;
        db.MessageAcknowledgements.Add(new MessageAcknowledgement { Id = Guid.CreateVersion7(), ChatId = chatId, Seq = seq, AccountId = me, AcknowledgedAt = now });
        // Confirming a message means having read it.
        if (chat.Member.ReadSeq < seq) chat.Member.ReadSeq = seq;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Pressed in two tabs at once: the first press counts.
            return TypedResults.NoContent();
        }
        await events.AcknowledgedAsync(new AcknowledgedEvent(chatId, seq, me));
        return TypedResults.NoContent();
    }
}
