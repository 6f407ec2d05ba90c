namespace Parta.Data.Entities;

/// <summary>
/// An administrator's personal invitation to claim a role in an organization. The link token is stored
/// only as a hash, so a database leak does not hand out accounts. The person proves the phone (or, for an
/// invitation without a phone, the e-mail) with an <see cref="AddressVerification"/> code.
/// </summary>
public class Invitation
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public OrganizationRole Role { get; set; }
    public required string FullName { get; set; }
    /// <summary>Empty when the roster gave only an e-mail (ORG-5); then the code goes to <see cref="Email"/>.</summary>
    public required string Phone { get; set; }
    /// <summary>Empty when not known.</summary>
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid? AccountId { get; set; }
    /// <summary>For people invited by an import (ORG-5): the class a student or parent joins.</summary>
    public Guid? ClassId { get; set; }
}
