using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>Where a forwarded message first came from (MSG-3), kept as text so it outlives the source.</summary>
public sealed record ForwardedSource(string Chat, string Sender, DateTime SentAt);

/// <summary>
/// Every way a message enters a chat passes here: typed (the hub's <c>Send</c>, <see cref="SendMessage"/>), forwarded
/// (<see cref="ForwardMessage"/>), a poll (<see cref="CreatePoll"/>) or sent when it is due (<see cref="ScheduledSender"/>).
/// It checks the message, has <see cref="MessageWriteQueue"/> store it and <see cref="MessageAnnouncer"/> announce it.
/// </summary>
public sealed class MessageSender(PartaDbContext db, MessageAnnouncer announcer, MessageWriteQueue writes, TimeProvider clock)
{
    /// <param name="alongside">Rows that travel with the message (a poll's ballot), stored in the same transaction.</param>
    /// <param name="forwarded">The message is a forward of this source.</param>
    public async Task<SendOutcome> SendAsync(ChatContext chat, SendMessage.SendMessageRequest request, CancellationToken ct, Func<Message, IEnumerable<object>>? alongside = null,
        ForwardedSource? forwarded = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await WritingRestriction.RefusalAsync(db, chat, now, ct) is { } refusal) return new SendOutcome.Refused(refusal);
        var errors = new FieldErrors();
        if (request.ClientId is null || request.ClientId == Guid.Empty) errors.Add("clientId", ChatTexts.ClientIdRequired);
        var text = Input.MultilineText(errors, "text", request.Text, Limits.ChatMessage);
        if (request.ReplyToSeq is { } replyTo && (replyTo < Math.Max(1, chat.Member.VisibleFromSeq) || replyTo > chat.Chat.LastSeq))
            errors.Add("replyToSeq", ChatTexts.ReplyNotFound);
        if (request.RequiresAcknowledgement == true && !OrgAccess.IsStaff(chat.Membership)) errors.Add("requiresAcknowledgement", ChatTexts.AcknowledgementStaffOnly);
        if (request.CommentsEnabled == true && chat.Chat.Kind != ChatKind.Channel) errors.Add("commentsEnabled", ChatTexts.CommentsChannelOnly);
        var mentions = await MessageMentions.ValidateAsync(db, chat.Chat.Id, request.Mentions, errors, ct);
        if (errors.Any) return new SendOutcome.Invalid(Problems.Validation(errors));

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
            return new SendOutcome.StoredBefore(await DtoAsync(chat, existing, ct));
        }
        if (!ReferenceEquals(stored, message)) return new SendOutcome.StoredBefore(await DtoAsync(chat, stored, ct));

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
        return new SendOutcome.Stored(dto);
    }

    private Task<Message?> FindAsync(Guid chatId, Guid senderId, Guid clientId, CancellationToken ct) =>
        db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.ChatId == chatId && m.SenderId == senderId && m.ClientId == clientId, ct);

    private async Task<MessageDto> DtoAsync(ChatContext chat, Message message, CancellationToken ct, JustSent? justSent = null) =>
        (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct, justSent))[0];
}
