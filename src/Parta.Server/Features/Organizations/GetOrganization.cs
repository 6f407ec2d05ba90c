using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.People;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>The organization's space as its members see it.</summary>
public static class GetOrganization
{
    public sealed record OrganizationDto(
        Guid Id, OrganizationKind Kind, string FullName, string ShortName, string RegionName, string Municipality,
        string Settlement, string Slug, OrganizationRole MyRole, bool Verified, bool AwaitingChild);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/organizations/{id:guid}", Handle).WithName(nameof(GetOrganization)).RequireAuthorization();

    private static async Task<Results<Ok<OrganizationDto>, ProblemHttpResult>> Handle(
        Guid id, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var membership = await OrgAccess.FindMembershipAsync(db, id, CurrentUser.IdOf(context.User), ct);
        var organization = membership is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return Problems.NotFound("organization_not_found", Texts.OrganizationNotFound);
        return TypedResults.Ok(new OrganizationDto(organization.Id, organization.Kind, organization.FullName, organization.ShortName,
            Regions.NameOf(organization.RegionCode), organization.Municipality, organization.Settlement, organization.Slug, membership!.Role,
            membership.Role != OrganizationRole.Teacher || membership.VerifiedAt is not null, await ParentLinks.AwaitsChildAsync(db, membership, ct)));
    }
}
