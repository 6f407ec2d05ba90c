using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// A report as a moderator sees it: the message as it was reported (the snapshot), whether it is gone now,
/// who reported it and why, and who handled it.
/// </summary>
/// <param name="CanAct">Deleting the message and restricting the author are open to the caller: they moderate the chat, or they are an
/// organization administrator (in the chat or not).</param>
/// <param name="ReporterName">Null for the reported author, who never learns who reported them.</param>
/// <param name="InChat">The caller is a member of the chat, so the message can be opened there.</param>
public sealed record MessageReportDto(
    Guid Id, Guid ChatId, string ChatTitle, long Seq, Guid AuthorId, string AuthorName, string MessageText, bool MessageDeleted,
    ReportReason Reason, string? Comment, string? ReporterName, DateTime CreatedAt, ReportStatus Status,
    string? HandledByName, DateTime? HandledAt, bool CanAct, bool InChat);

/// <summary>One row of the audit log, as the organization's administrators read it.</summary>
public sealed record ModerationLogEntryDto(
    Guid Id, Guid? ChatId, string ChatTitle, string ActorName, ModerationActionKind Action, Guid? TargetAccountId, string? TargetName,
    long? Seq, Guid? ReportId, string? Note, DateTime CreatedAt);

/// <summary>A member's restriction as a moderator set it; <paramref name="Until"/> null means «until lifted».</summary>
public sealed record WritingRestrictionDto(Guid ChatId, Guid AccountId, DateTime? Until);
