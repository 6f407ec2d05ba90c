namespace Parta.Data.Entities;

/// <summary>
/// ORG-4: a class (grade 1–11 and a letter, «5А») or, for colleges and clubs, a free-named study group
/// (Grade is then null).
/// </summary>
public class SchoolClass
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public int? Grade { get; set; }
    public string? Letter { get; set; }
    /// <summary>What people see: «5А» or the group's own name; unique within the organization.</summary>
    public required string Name { get; set; }
    /// <summary>The class teacher (классный руководитель), an account with a teacher membership here.</summary>
    public Guid? ClassTeacherId { get; set; }
    public DateTime CreatedAt { get; set; }
}
