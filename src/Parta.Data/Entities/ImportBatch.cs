namespace Parta.Data.Entities;

public enum ImportStatus
{
    Previewed = 1,
    Applied = 2,
}

/// <summary>
/// ORG-5: an uploaded roster, checked and shown to the administrator before anything changes; applying
/// it creates classes and personal invitations in one transaction. The checked plan is kept as JSON.
/// </summary>
public class ImportBatch
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string FileName { get; set; }
    public required string Format { get; set; }
    public required string PlanJson { get; set; }
    public ImportStatus Status { get; set; }
    public DateTime? AppliedAt { get; set; }
}
