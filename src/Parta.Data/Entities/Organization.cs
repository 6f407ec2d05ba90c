namespace Parta.Data.Entities;

/// <summary>A school's closed space. Every row that belongs to an organization carries its id.</summary>
public class Organization
{
    public Guid Id { get; set; }
    public OrganizationKind Kind { get; set; }
    public required string FullName { get; set; }
    public required string ShortName { get; set; }
    public required string RegionCode { get; set; }
    public required string Municipality { get; set; }
    public required string Settlement { get; set; }
    public required string Inn { get; set; }
    public required string Kpp { get; set; }

    /// <summary>Address of the public page (ORG-6), e.g. <c>/o/sosh-1-4f2a</c>.</summary>
    public required string Slug { get; set; }

    public required string ContactName { get; set; }
    public required string ContactEmail { get; set; }
    public DateTime CreatedAt { get; set; }
}
