namespace Parta.Data.Entities;

/// <summary>MSG-7: why a member reports a message; the moderator sees it with the message.</summary>
public enum ReportReason
{
    /// <summary>Оскорбление, травля.</summary>
    Bullying = 1,
    /// <summary>Неприемлемое содержание.</summary>
    Inappropriate = 2,
    /// <summary>Спам, реклама.</summary>
    Spam = 3,
    /// <summary>Чужие личные данные.</summary>
    PersonalData = 4,
    /// <summary>Другое (the comment says what).</summary>
    Other = 5,
}

public enum ReportStatus
{
    Open = 1,
    /// <summary>A moderator acted on it (deleted the message, removed or restricted the author).</summary>
    Resolved = 2,
    /// <summary>A moderator found nothing to act on.</summary>
    Dismissed = 3,
}

/// <summary>MSG-7: a member's complaint about one message, for the chat's admins and the organization's administrators.</summary>
public class MessageReport
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public long Seq { get; set; }
    public Guid ReporterId { get; set; }
    /// <summary>The author of the reported message, kept so the report still names them after the message is wiped.</summary>
    public Guid AuthorId { get; set; }
    public ReportReason Reason { get; set; }
    public string? Comment { get; set; }
    /// <summary>The text as it was when reported, so a moderator can judge it after the author edits or deletes it.</summary>
    public required string MessageText { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Open;
    public DateTime CreatedAt { get; set; }
    public Guid? HandledById { get; set; }
    public DateTime? HandledAt { get; set; }
}

public enum ModerationActionKind
{
    DeleteMessage = 1,
    RemoveMember = 2,
    RestrictWriting = 3,
    LiftRestriction = 4,
    DismissReport = 5,
}

/// <summary>
/// MSG-7: the audit log — one row per moderation action, never edited or deleted, readable by the
/// organization's administrators. Names are kept as text so the log stays readable after people leave.
/// </summary>
public class ModerationLogEntry
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? ChatId { get; set; }
    public required string ChatTitle { get; set; }
    public Guid ActorId { get; set; }
    public required string ActorName { get; set; }
    public ModerationActionKind Action { get; set; }
    public Guid? TargetAccountId { get; set; }
    public string? TargetName { get; set; }
    public long? Seq { get; set; }
    public Guid? ReportId { get; set; }
    /// <summary>Why, in the moderator's words (optional), or the restriction's end.</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
