using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>
/// The sender (or a chat admin) reminds those who have not confirmed «Ознакомлен» yet: each of them gets a
/// reminder on every open tab; those who already confirmed are left alone.
/// </summary>
public static class RemindToAcknowledge
{
    public sealed record RemindedDto(int Reminded);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages/{seq:long}/acknowledgements/remind", Handle).WithName(nameof(RemindToAcknowledge))
            .WithSummary("Remind those who have not confirmed a message");

    private static async Task<Results<Ok<RemindedDto>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, PartaDbContext db, ChatEvents events, CancellationToken ct)
    {
        var (message, refusal) = await ListAcknowledgements.AskingMessageAsync(db, chat, seq, ct);
        if (message is null) return refusal!;
        var pending = (await ListAcknowledgements.ReadAsync(db, message, ct)).Pending.Select(p => p.AccountId).ToList();
        if (pending.Count > 0) await events.RemindAsync(pending, new AcknowledgementReminderEvent(chatId, seq));
        return TypedResults.Ok(new RemindedDto(pending.Count));
    }
}
