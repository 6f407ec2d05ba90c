using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// ORG-6: what a school puts on its own website — which platform, how to join, whom to contact, where the
/// school is and its own site (from the profile, ORG-3). Nothing about members.
/// </summary>
public static class GetPublicOrganization
{
    public sealed record PublicOrganizationDto(
        string FullName, string ShortName, OrganizationKind Kind, string RegionName, string Municipality, string Settlement,
        string ContactName, string ContactEmail, string? Address, string? Website);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/public/organizations/{slug}", Handle).WithName(nameof(GetPublicOrganization)).WithSummary("Show a school's public page");

    private static async Task<Results<Ok<PublicOrganizationDto>, ProblemHttpResult>> Handle(string slug, PartaDbContext db, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
        if (organization is null) return Problems.NotFound("organization_not_found", Texts.OrganizationNotFound);
        return TypedResults.Ok(new PublicOrganizationDto(organization.FullName, organization.ShortName, organization.Kind,
            Regions.NameOf(organization.RegionCode), organization.Municipality, organization.Settlement,
            organization.ContactName, organization.ContactEmail, organization.Address, organization.Website));
    }
}
