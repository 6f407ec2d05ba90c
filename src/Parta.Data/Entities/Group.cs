namespace Parta.Data.Entities;

/// <summary>ORG-4 groups beyond classes, as the seeds list them.</summary>
public enum GroupKind
{
    Administration = 1,
    /// <summary>A methodological association of one subject's teachers (МО).</summary>
    MethodAssociation = 2,
    PrimaryTeachers = 3,
    SubjectTeachers = 4,
    AdditionalEducationTeachers = 5,
    Club = 6,
    ParentsCommittee = 7,
}

/// <summary>A staff group, a club/section or the parents' committee; chats and meetings will be built on them.</summary>
public class Group
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public GroupKind Kind { get; set; }
    public required string Name { get; set; }
    public Guid? SubjectId { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class GroupMember
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public Guid MembershipId { get; set; }
}
