namespace Parta.Data.Entities;

/// <summary>ORG-4: a school subject («Математика»), used for methodological associations and teacher assignments.</summary>
public class Subject
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
