using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-3/MSG-4: a message gets the chat's next sequence number in the same transaction that stores it.
/// The client names the message with its own id: a retried send (lost answer, reconnect) finds the stored
/// message and returns it instead of storing a second one. The hub's <c>Send</c> and this endpoint share
/// <see cref="MessageSender"/>.
/// </summary>
public static class SendMessage
{
    /// <param name="RequiresAcknowledgement">«Требует ознакомления»: teachers and administrators may ask every recipient to confirm.</param>
    /// <param name="CommentsEnabled">MSG-1: members may comment on this post; only in the information channel.</param>
    /// <param name="Mentions">Members of the chat named with «@» (at most <see cref="MessageMentions.MaxPerMessage"/>); they are told and their chat shows «@».</param>
    /// <param name="Text">At most <see cref="Limits.ChatMessage"/> characters; the OpenAPI document publishes the number as <c>maxLength</c>, and the web client's composer reads it from there.</param>
    public sealed record SendMessageRequest(Guid? ClientId, [property: MaxLength(Limits.ChatMessage)] string? Text, long? ReplyToSeq, bool? RequiresAcknowledgement = null, bool? CommentsEnabled = null,
        IReadOnlyList<Guid>? Mentions = null);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages", Handle).WithName(nameof(SendMessage)).WithSummary("Send a message");

    private static async Task<Results<Created<MessageDto>, Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, SendMessageRequest request, MessageSender sender, CancellationToken ct)
    {
        var outcome = await sender.SendAsync(chat, request, ct);
        if (outcome.Invalid is not null) return outcome.Invalid;
        if (outcome.Refused is not null) return outcome.Refused;
        return outcome.Created
            ? TypedResults.Created($"/api/organizations/{organizationId}/chats/{chatId}/messages/{outcome.Message!.Seq}", outcome.Message)
            : TypedResults.Ok(outcome.Message!);
    }
}

public sealed record SendOutcome(MessageDto? Message, bool Created, ValidationProblem? Invalid = null, ProblemHttpResult? Refused = null);

/// <summary>Where a forwarded message first came from (MSG-3), kept as text so it outlives the source.</summary>
public sealed record ForwardedSource(string Chat, string Sender, DateTime SentAt);

public sealed class MessageSender(PartaDbContext db, MessageAnnouncer announcer, MessageWriteQueue writes, TimeProvider clock)
{
    /// <param name="alongside">Rows that travel with the message (a poll's ballot), stored in the same transaction.</param>
    /// <param name="forwarded">The message is a forward of this source.</param>
    public async Task<SendOutcome> SendAsync(ChatContext chat, SendMessage.SendMessageRequest request, CancellationToken ct, Func<Message, IEnumerable<object>>? alongside = null,
        ForwardedSource? forwarded = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await WritingRestriction.RefusalAsync(db, chat, now, ct) is { } refusal) return new(null, false, Refused: refusal);
        var errors = new FieldErrors();
        if (request.ClientId is null || request.ClientId == Guid.Empty) errors.Add("clientId", ChatTexts.ClientIdRequired);
        var text = Input.MultilineText(errors, "text", request.Text, Limits.ChatMessage);
        if (request.ReplyToSeq is { } replyTo && (replyTo < Math.Max(1, chat.Member.VisibleFromSeq) || replyTo > chat.Chat.LastSeq))
            errors.Add("replyToSeq", ChatTexts.ReplyNotFound);
        if (request.RequiresAcknowledgement == true && !OrgAccess.IsStaff(chat.Membership)) errors.Add("requiresAcknowledgement", ChatTexts.AcknowledgementStaffOnly);
        if (request.CommentsEnabled == true && chat.Chat.Kind != ChatKind.Channel) errors.Add("commentsEnabled", ChatTexts.CommentsChannelOnly);
        var mentions = await MessageMentions.ValidateAsync(db, chat.Chat.Id, request.Mentions, errors, ct);
        if (errors.Any) return new(null, false, Problems.Validation(errors));

        var chatId = chat.Chat.Id;
        var senderId = chat.Member.AccountId;
        var message = new Message
        {
            Id = Guid.CreateVersion7(), OrganizationId = chat.Chat.OrganizationId, ChatId = chatId, SenderId = senderId,
            ClientId = request.ClientId!.Value, Text = text!, ReplyToSeq = request.ReplyToSeq, RequiresAcknowledgement = request.RequiresAcknowledgement == true,
            CommentsEnabled = request.CommentsEnabled == true, CreatedAt = now,
            ForwardedFromChat = forwarded?.Chat, ForwardedFromSender = forwarded?.Sender, ForwardedSentAt = forwarded?.SentAt,
        };
        MessageSearch.Index(db, message);
        Message stored;
        try
        {
            stored = await writes.WriteAsync(message, chat.Member.Id, numbered =>
                [.. MessageMentions.Rows(numbered, mentions), .. alongside?.Invoke(numbered) ?? []], ct);
        }
        catch (DbUpdateException)
        {
            // The writer answers a retried send (lost answer, reconnect, restart) with the message stored under its client
            // id before. Only a retry that another node stored between the writer's look and its insert meets the unique
            // index on (chat, sender, client id): the stored message is the answer all the same.
            var existing = await FindAsync(chatId, senderId, request.ClientId.Value, ct);
            if (existing is null) throw;
            return new(await DtoAsync(chat, existing, ct), false);
        }
        if (!ReferenceEquals(stored, message)) return new(await DtoAsync(chat, stored, ct), false);

        // Stored: announcing it is the server's duty from here, whatever becomes of the sender's connection (ct), and the
        // chat's later messages wait for it (MessageAnnouncer) — so it is given up only when its event cannot be built.
        MessageDto dto;
        try
        {
            dto = await DtoAsync(chat, message, CancellationToken.None, new JustSent(WithPoll: alongside is not null, WithMentions: mentions.Count > 0));
        }
        catch
        {
            announcer.GiveUp(chatId, message.Seq);
            throw;
        }
        announcer.Announce(dto);
        return new(dto, true);
    }

    private Task<Message?> FindAsync(Guid chatId, Guid senderId, Guid clientId, CancellationToken ct) =>
        db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.ChatId == chatId && m.SenderId == senderId && m.ClientId == clientId, ct);

    private async Task<MessageDto> DtoAsync(ChatContext chat, Message message, CancellationToken ct, JustSent? justSent = null) =>
        (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct, justSent))[0];
}
