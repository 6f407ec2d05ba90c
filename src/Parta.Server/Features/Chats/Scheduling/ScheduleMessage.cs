using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-6 scheduled sending, for everyone who may write in the chat: «отправить завтра в 08:00». The message
/// waits, visible only to its author, until <see cref="ScheduledSender"/> sends it. Retrying with the same
/// client id returns the waiting message instead of a second one.
/// </summary>
public static class ScheduleMessage
{
    public static readonly TimeSpan FarthestAhead = TimeSpan.FromDays(365);

    public sealed record ScheduleMessageRequest(Guid? ClientId, string? Text, DateTime? SendAt, bool? RequiresAcknowledgement);

    public sealed record ScheduledMessageDto(Guid Id, Guid ChatId, Guid ClientId, string Text, bool RequiresAcknowledgement, DateTime SendAt)
    {
        public static ScheduledMessageDto Of(ScheduledMessage m) => new(m.Id, m.ChatId, m.ClientId, m.Text, m.RequiresAcknowledgement, m.SendAt);
    }

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/scheduled", Handle).WithName(nameof(ScheduleMessage)).WithSummary("Schedule a message");

    private static async Task<Results<Created<ScheduledMessageDto>, Ok<ScheduledMessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, ScheduleMessageRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await WritingRestriction.RefusalAsync(db, chat, now, ct) is { } refusal) return refusal;
        var errors = new FieldErrors();
        if (request.ClientId is null || request.ClientId == Guid.Empty) errors.Add("clientId", ChatTexts.ClientIdRequired);
        var text = Input.MultilineText(errors, "text", request.Text, Limits.ChatMessage);
        var sendAt = request.SendAt is { } at ? RussianText.AsUtc(at) : (DateTime?)null;
        if (sendAt is null || sendAt <= now) errors.Add("sendAt", ChatTexts.ScheduleInPast);
        else if (sendAt > now + FarthestAhead) errors.Add("sendAt", ChatTexts.ScheduleTooFar);
        if (request.RequiresAcknowledgement == true && !OrgAccess.IsStaff(chat.Membership)) errors.Add("requiresAcknowledgement", ChatTexts.AcknowledgementStaffOnly);
        if (errors.Any) return Problems.Validation(errors);

        var me = chat.Member.AccountId;
        var waiting = await db.ScheduledMessages.AsNoTracking().FirstOrDefaultAsync(m => m.ChatId == chatId && m.SenderId == me && m.ClientId == request.ClientId, ct);
        if (waiting is not null) return TypedResults.Ok(ScheduledMessageDto.Of(waiting));
        var scheduled = new ScheduledMessage
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chatId, SenderId = me, ClientId = request.ClientId!.Value,
            Text = text!, RequiresAcknowledgement = request.RequiresAcknowledgement == true, SendAt = sendAt!.Value, CreatedAt = now,
        };
        db.ScheduledMessages.Add(scheduled);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/chats/{chatId}/scheduled/{scheduled.Id}", ScheduledMessageDto.Of(scheduled));
    }
}
