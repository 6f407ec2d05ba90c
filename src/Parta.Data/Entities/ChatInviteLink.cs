namespace Parta.Data.Entities;

/// <summary>
/// MSG-2: a link that lets members of the organization join one chat by themselves: expiry, a use limit and
/// revocation, like <see cref="JoinLink"/>. It never admits anyone outside the organization. Only a hash of
/// the token is stored: the link is shown once, when made, and a leaked link is revoked.
/// </summary>
public class ChatInviteLink
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ChatId { get; set; }
    public required string TokenHash { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public int? MaxUses { get; set; }
    public int Uses { get; set; }
    public DateTime? RevokedAt { get; set; }
}
