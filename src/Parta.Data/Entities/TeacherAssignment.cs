namespace Parta.Data.Entities;

/// <summary>What a verified teacher teaches: a subject, a class, or a subject in a class.</summary>
public class TeacherAssignment
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid MembershipId { get; set; }
    public Guid? SubjectId { get; set; }
    public Guid? ClassId { get; set; }
}
