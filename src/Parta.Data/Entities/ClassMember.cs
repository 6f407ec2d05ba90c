namespace Parta.Data.Entities;

/// <summary>A student in their class, or a parent attached to their child's class (for the parents' chat and meetings).</summary>
public class ClassMember
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid ClassId { get; set; }
    public Guid MembershipId { get; set; }
    public DateTime JoinedAt { get; set; }
}
