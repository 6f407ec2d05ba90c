using Parta.Data.Entities;
using Parta.Server.Features.Reference;

namespace Parta.Server.Features.Operator;

public sealed record ApplicationSummaryDto(
    Guid Id, OrganizationKind Kind, string FullName, string ShortName, string RegionCode, string RegionName,
    string Municipality, string Settlement, ApplicationStatus Status, DateTime SubmittedAt);

public sealed record ApplicationDetailDto(
    Guid Id, OrganizationKind Kind, string FullName, string ShortName, string RegionCode, string RegionName,
    string Municipality, string Settlement, ApplicationStatus Status, DateTime SubmittedAt,
    string AdminFullName, string AdminPhone, string AdminEmail, string Inn, string Kpp,
    string DocumentFileName, string DocumentContentType, long DocumentSize,
    DateTime? ReviewedAt, string? RejectionReason, Guid? OrganizationId)
{
    public static ApplicationDetailDto From(OrganizationApplication a) => new(
        a.Id, a.Kind, a.FullName, a.ShortName, a.RegionCode, Regions.NameOf(a.RegionCode), a.Municipality, a.Settlement,
        a.Status, a.SubmittedAt, a.AdminFullName, a.AdminPhone, a.AdminEmail, a.Inn, a.Kpp,
        a.DocumentFileName, a.DocumentContentType, a.DocumentSize, a.ReviewedAt, a.RejectionReason, a.OrganizationId);
}
