namespace Parta.Data.Entities;

/// <summary>MSG-3: one person's reaction to a message (one row per person and emoji).</summary>
public class MessageReaction
{
    public Guid Id { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid AccountId { get; set; }
    public required string Emoji { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>MSG-3: a message pinned to the chat's header; a chat may pin several.</summary>
public class PinnedMessage
{
    public Guid Id { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid PinnedById { get; set; }
    public DateTime PinnedAt { get; set; }
}

/// <summary>«Ознакомлен»: a member confirmed they read a message that asked for it.</summary>
public class MessageAcknowledgement
{
    public Guid Id { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid AccountId { get; set; }
    public DateTime AcknowledgedAt { get; set; }
}
