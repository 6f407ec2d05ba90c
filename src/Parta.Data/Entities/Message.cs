namespace Parta.Data.Entities;

/// <summary>MSG-3: one message in a chat, numbered by the chat's sequence (MSG-4).</summary>
public class Message
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid SenderId { get; set; }
    /// <summary>The sender's own id for the message: a retried send carries the same one and is stored once.</summary>
    public Guid ClientId { get; set; }
    /// <summary>Plain text with a small markup (**bold**, _italic_, links, lists); never HTML.</summary>
    public required string Text { get; set; }
    public long? ReplyToSeq { get; set; }
    /// <summary>Where a forwarded message came from, kept as text so it survives the source's deletion.</summary>
    public string? ForwardedFromChat { get; set; }
    public string? ForwardedFromSender { get; set; }
    public DateTime? ForwardedSentAt { get; set; }
    /// <summary>
    /// MSG-8 on SQLite: the text's words reduced to their stems (« контрольной работы » → « контрольн работ »),
    /// so a search finds every form of a word. PostgreSQL searches the text itself with its russian configuration.
    /// </summary>
    public string? SearchText { get; set; }
    /// <summary>A teacher or administrator asked every recipient to confirm «Ознакомлен».</summary>
    public bool RequiresAcknowledgement { get; set; }
    /// <summary>MSG-1: a post of the information channel that members may comment on (<see cref="PostComment"/>).</summary>
    public bool CommentsEnabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    /// <summary>Deleted for everyone: the text is wiped and the number stays, so no client sees a gap.</summary>
    public DateTime? DeletedAt { get; set; }
    public Guid? DeletedById { get; set; }
}
