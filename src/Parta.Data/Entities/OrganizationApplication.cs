namespace Parta.Data.Entities;

/// <summary>ORG-1: a request to register an organization, reviewed by an operator (ORG-2).</summary>
public class OrganizationApplication
{
    public Guid Id { get; set; }
    public OrganizationKind Kind { get; set; }
    public required string FullName { get; set; }
    public required string ShortName { get; set; }
    public required string RegionCode { get; set; }
    public required string Municipality { get; set; }
    public required string Settlement { get; set; }
    public required string AdminFullName { get; set; }
    public required string AdminPhone { get; set; }
    public required string AdminEmail { get; set; }
    public required string Inn { get; set; }
    public required string Kpp { get; set; }

    public required string DocumentFileName { get; set; }
    public required string DocumentContentType { get; set; }
    public long DocumentSize { get; set; }
    public required string DocumentStorageKey { get; set; }

    /// <summary>SHA-256 of the applicant's private tracking token; the token itself is never stored.</summary>
    public required string TrackingTokenHash { get; set; }

    public ApplicationStatus Status { get; set; }
    public string? RejectionReason { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public Guid? ReviewedById { get; set; }
    public Guid? OrganizationId { get; set; }
}
