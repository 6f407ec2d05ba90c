namespace Parta.Data.Entities;

public enum GuardianshipStatus
{
    Pending = 1,
    Confirmed = 2,
}

/// <summary>
/// ID-4: a parent linked to a child in one organization. Requested by the parent; confirmed by the child
/// from their own account or by the class teacher (or an administrator), so nobody attaches themselves
/// to someone else's child.
/// </summary>
public class Guardianship
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ParentMembershipId { get; set; }
    public Guid StudentMembershipId { get; set; }
    public GuardianshipStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>ID-8: the parent's consent to the processing of the minor's personal data, given when asking for the link.</summary>
    public DateTime ConsentGivenAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public Guid? ConfirmedById { get; set; }
}
