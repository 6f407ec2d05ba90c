using Parta.Data.Entities;

namespace Parta.Server.Features.People;

public enum JoinLinkState
{
    Active,
    Expired,
    Revoked,
    UsedUp,
    /// <summary>Only a chat invitation link: its maker may no longer invite into the chat (MSG-2), so it admits nobody.</summary>
    Inactive,
}

public sealed record JoinLinkDto(
    Guid Id, JoinLinkKind Kind, Guid? ClassId, string? ClassName, string Token, DateTime CreatedAt, DateTime ExpiresAt, int? MaxUses, int Uses,
    DateTime? RevokedAt, JoinLinkState State)
{
    public static JoinLinkDto From(JoinLink link, string? className, DateTime now) =>
        new(link.Id, link.Kind, link.ClassId, className, link.Token, link.CreatedAt, link.ExpiresAt, link.MaxUses, link.Uses, link.RevokedAt, StateOf(link, now));

    /// <summary>Why a link does or does not admit people, in the order a person would want to hear it.</summary>
    public static JoinLinkState StateOf(JoinLink link, DateTime now) =>
        link.RevokedAt is not null ? JoinLinkState.Revoked
        : link.ExpiresAt <= now ? JoinLinkState.Expired
        : link.MaxUses is { } max && link.Uses >= max ? JoinLinkState.UsedUp
        : JoinLinkState.Active;
}
