namespace Parta.Data.Entities;

public enum JoinLinkKind
{
    /// <summary>Teachers and other staff; they join unverified until an administrator confirms them (ID-2).</summary>
    Staff = 1,
    ClassStudents = 2,
    ClassParents = 3,
}

/// <summary>
/// One mechanism for every invitation link handed to many people (a staff meeting, a parents' meeting):
/// expiry, a use limit, revocation, and who joined through it. The token is shown again for printing, so
/// it is stored as is; revoking the link is the remedy for a leak.
/// </summary>
public class JoinLink
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public JoinLinkKind Kind { get; set; }
    public Guid? ClassId { get; set; }
    public required string Token { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int? MaxUses { get; set; }
    public int Uses { get; set; }
    public DateTime? RevokedAt { get; set; }
}
