using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

public sealed record LastMessageDto(long Seq, string SenderName, string Text, DateTime CreatedAt, bool Deleted);

public sealed record ChatPeerDto(Guid AccountId, string FullName, bool VerifiedTeacher);

/// <summary>A chat in the list: what the list shows, and the cursors a client syncs from. AvatarUrl is null without a picture.</summary>
public sealed record ChatSummaryDto(
    Guid Id, ChatKind Kind, string Title, string? Description, Guid? ClassId, ClassChatAudience? Audience, Guid? GroupId,
    ChatPeerDto? Peer, long LastSeq, long ReadSeq, long Unread, LastMessageDto? LastMessage, bool IsAdmin, bool CanWrite,
    ChatPermission WhoMayWrite, ChatPermission WhoMayInvite, bool NewMembersSeeHistory, string? AvatarUrl);
