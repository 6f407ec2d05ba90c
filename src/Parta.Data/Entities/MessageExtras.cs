namespace Parta.Data.Entities;

/// <summary>MSG-3: a chat member named in a message with «@»; they are notified and their chat shows «@».</summary>
public class MessageMention
{
    public Guid Id { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid AccountId { get; set; }
}

/// <summary>
/// MSG-1: a comment under a post of the information channel, where comments were switched on for that post.
/// Comments live beside the channel's messages, not among them, so the channel's stream, numbering and
/// unread counts stay the administrators' posts only.
/// </summary>
public class PostComment
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public long PostSeq { get; set; }
    public Guid AuthorId { get; set; }
    /// <summary>The author's own id for the comment: a retried send is stored once.</summary>
    public Guid ClientId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public Guid? DeletedById { get; set; }
}

/// <summary>MSG-1: a chat's picture, small (the web client scales it down before upload), kept in the file store.</summary>
public class ChatAvatar
{
    public Guid ChatId { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Where the bytes are in the file store (local disk or object storage, like every other file).</summary>
    public string? StorageKey { get; set; }
    /// <summary>
    /// Pictures set before they moved to the file store; moved out at the next start (ChatAvatarsToFileStore), then null.
    /// </summary>
    public byte[]? Data { get; set; }
    public DateTime UpdatedAt { get; set; }
}
