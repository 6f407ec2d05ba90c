using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3: the author corrects their message; it is marked as edited, with the time.</summary>
public static class EditMessage
{
    /// <param name="Mentions">When given, the people the corrected text names replace those named before; when left out, they stay.</param>
    public sealed record EditMessageRequest(string? Text, IReadOnlyList<Guid>? Mentions = null);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPut("/messages/{seq:long}", Handle).WithName(nameof(EditMessage)).WithSummary("Edit a message");

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, long seq, EditMessageRequest request, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (message.SenderId != chat.Member.AccountId) return Problems.Of(StatusCodes.Status403Forbidden, "not_author", ChatTexts.NotAuthor);
        if (message.DeletedAt is not null) return Problems.Conflict("message_deleted", ChatTexts.MessageDeleted);
        // A restricted member may not rewrite what they already said either (MSG-7); editing does not follow the chat's «who may write».
        var now = clock.GetUtcNow().UtcDateTime;
        if (chat.IsWritingRestricted(now) && await WritingRestriction.RefusalAsync(db, chat, now, ct) is { } refusal) return refusal;
        var errors = new FieldErrors();
        var text = Input.MultilineText(errors, "text", request.Text, Limits.ChatMessage);
        var mentions = await MessageMentions.ValidateAsync(db, chatId, request.Mentions, errors, ct);
        if (errors.Any) return Problems.Validation(errors);

        if (text != message.Text)
        {
            message.Text = text!;
            message.EditedAt = now;
            MessageSearch.Index(db, message);
        }
        if (request.Mentions is not null) await MessageMentions.ReplaceAsync(db, message, mentions, ct);
        await db.SaveChangesAsync(ct);
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct))[0];
        await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
