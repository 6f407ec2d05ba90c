namespace Parta.Data.Entities;

/// <summary>A person's role in one organization (ID-1: roles are per organization).</summary>
public class Membership
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid AccountId { get; set; }
    public OrganizationRole Role { get; set; }
    public DateTime JoinedAt { get; set; }
    public Guid? JoinedThroughLinkId { get; set; }

    /// <summary>ID-2: staff are teachers only once an administrator confirms them; until then null.</summary>
    public DateTime? VerifiedAt { get; set; }
    public Guid? VerifiedById { get; set; }
    public StaffPosition? Position { get; set; }

    /// <summary>
    /// ID-3: a young student registered with a parent's e-mail waits for the parent's confirmation (the hash
    /// of the link mailed to the parent); until then the membership opens nothing.
    /// </summary>
    public string? ParentConsentTokenHash { get; set; }
    public DateTime? ParentConsentGivenAt { get; set; }

    /// <summary>
    /// MSG-6: a teacher's own working hours, when they differ from the school's; outside them messages
    /// reach the teacher silently. Both null means the school's hours.
    /// </summary>
    public TimeOnly? WorkdayStart { get; set; }
    public TimeOnly? WorkdayEnd { get; set; }

    /// <summary>ID-8: an administrator ended this person's access; the row (and their history) stays.</summary>
    public DateTime? DeactivatedAt { get; set; }
    public Guid? DeactivatedById { get; set; }
}
