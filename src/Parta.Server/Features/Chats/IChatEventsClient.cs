namespace Parta.Server.Features.Chats;

/// <summary>
/// The events of the Chats area, with their payload records: the Chats part of <see cref="Realtime.IEventsClient"/>.
/// docs/realtime-events.md lists each one with its recipients; the web client's map of them is generated (web/src/api/events.ts).
/// </summary>
public interface IChatEventsClient
{
    /// <summary>A new message, to the chat's members.</summary>
    Task Message(MessageDto message);

    /// <summary>A message was edited or deleted, to the chat's members.</summary>
    Task MessageChanged(MessageDto message);

    /// <summary>A member read up to a sequence number: badges for that member, receipts for the senders.</summary>
    Task Read(ReadEvent read);

    /// <summary>Someone is typing, to the chat's other members.</summary>
    Task Typing(TypingEvent typing);

    /// <summary>The person's chat list changed (a chat added or its settings changed): fetch the list again.</summary>
    Task ChatsChanged();

    /// <summary>The person left or was removed from a chat: nothing more of it will arrive.</summary>
    Task ChatRemoved(Guid chatId);

    /// <summary>The chat's pinned messages changed, to the chat's members: fetch the header again.</summary>
    Task PinsChanged(Guid chatId);

    /// <summary>A member confirmed «Ознакомлен», to the chat's members (the sender's counter moves).</summary>
    Task Acknowledged(AcknowledgedEvent acknowledged);

    /// <summary>The sender asks this person to confirm a message, to that person's connections only.</summary>
    Task AcknowledgementReminder(AcknowledgementReminderEvent reminder);

    /// <summary>MSG-7: a member reported a message, to the chat's moderators (its admins and the school's administrators in it).</summary>
    Task MessageReported(MessageReportedEvent reported);

    /// <summary>A comment under a channel post, with the post's new count, to the channel's members.</summary>
    Task CommentAdded(CommentEvent comment);

    /// <summary>A comment was deleted (its text wiped), with the post's new count, to the channel's members.</summary>
    Task CommentDeleted(CommentEvent comment);
}

public sealed record MessageReportedEvent(Guid ReportId, Guid ChatId, long Seq);

/// <summary>A comment and how many comments (not deleted) its post has now.</summary>
public sealed record CommentEvent(CommentDto Comment, int CommentCount);

public sealed record AcknowledgedEvent(Guid ChatId, long Seq, Guid AccountId);

public sealed record AcknowledgementReminderEvent(Guid ChatId, long Seq);

public sealed record ReadEvent(Guid ChatId, Guid AccountId, long Seq);

public sealed record TypingEvent(Guid ChatId, Guid AccountId, string Name);
