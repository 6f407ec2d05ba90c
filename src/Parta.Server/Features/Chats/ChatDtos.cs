using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

public sealed record LastMessageDto(long Seq, string SenderName, string Text, DateTime CreatedAt, bool Deleted);

public sealed record ChatPeerDto(Guid AccountId, string FullName, bool VerifiedTeacher);

/// <summary>A chat in the list: what the list shows, and the cursors a client syncs from. AvatarUrl is null without a picture.</summary>
/// <param name="CanWrite">What the chat's rules allow the caller; a moderator's restriction is told apart by <paramref name="WritingRestricted"/>.</param>
/// <param name="WritingRestricted">MSG-7: a moderator took the caller's right to write here, for now.</param>
/// <param name="UnreadMentions">Messages above the caller's read cursor that name them with «@» (the list shows «@»).</param>
/// <param name="WritingRestrictedUntil">When that restriction ends; null while restricted means «until a moderator lifts it».</param>
public sealed record ChatSummaryDto(
    Guid Id, ChatKind Kind, string Title, string? Description, Guid? ClassId, ClassChatAudience? Audience, Guid? GroupId,
    ChatPeerDto? Peer, long LastSeq, long ReadSeq, long Unread, LastMessageDto? LastMessage, bool IsAdmin, bool CanWrite,
    ChatPermission WhoMayWrite, ChatPermission WhoMayInvite, bool NewMembersSeeHistory, bool WritingRestricted, DateTime? WritingRestrictedUntil,
    int UnreadMentions, string? AvatarUrl);
