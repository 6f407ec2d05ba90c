using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3: pins a message to the chat's header (several may be pinned). Pinning twice changes nothing.</summary>
public static class PinMessage
{
    public sealed record PinRequest(long Seq);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/pins", Handle).WithName(nameof(PinMessage)).WithSummary("Pin a message");

    private static async Task<Results<Ok<List<MessageDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, PinRequest request, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        if (!ChatPins.MayPin(chat)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);
        var message = await ChatAccess.VisibleMessageAsync(db, chat, request.Seq, ct);
        if (message is null) return Problems.Field("seq", ChatTexts.MessageNotFound);
        if (message.DeletedAt is not null) return Problems.Field("seq", ChatTexts.PinDeleted);

        if (!await db.PinnedMessages.AnyAsync(p => p.ChatId == chatId && p.Seq == request.Seq, ct))
        {
            if (await db.PinnedMessages.CountAsync(p => p.ChatId == chatId, ct) >= ChatPins.MaxPins)
                return Problems.Conflict("too_many_pins", string.Format(ChatTexts.TooManyPins, ChatPins.MaxPins));
            db.PinnedMessages.Add(new PinnedMessage
            {
                Id = Guid.CreateVersion7(), ChatId = chatId, Seq = request.Seq, PinnedById = chat.Member.AccountId, PinnedAt = clock.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                await events.PinsChangedAsync(chatId);
            }
            catch (DbUpdateException)
            {
                // Someone else pinned the same message a moment ago: it is pinned, which is what was asked.
                db.ChangeTracker.Clear();
            }
        }
        return TypedResults.Ok(await ChatPins.ListAsync(db, chat, ct));
    }
}
