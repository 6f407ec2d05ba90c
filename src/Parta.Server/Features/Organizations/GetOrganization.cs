using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.People;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// The organization's space as its members see it, with the school's e-journal and diary (RUN-5), which
/// every member — students and parents first of all — opens from the school's space.
/// </summary>
public static class GetOrganization
{
    public sealed record OrganizationDto(
        Guid Id, OrganizationKind Kind, string FullName, string ShortName, string RegionName, string Municipality,
        string Settlement, string Slug, OrganizationRole MyRole, bool Verified, bool AwaitingChild, string? EJournalUrl);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/organizations/{id:guid}", Handle).WithName(nameof(GetOrganization)).WithSummary("A school's space as its members see it").RequireAuthorization();

    private static async Task<Results<Ok<OrganizationDto>, ProblemHttpResult>> Handle(
        Guid id, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var me = CurrentUser.IdOf(context.User);
        var membership = await OrgAccess.FindMembershipAsync(db, id, me, ct);
        // ID-8: a person whose access was closed knows the school already; they are told what happened, not that it does not exist.
        if (membership is null && await db.Memberships.AnyAsync(m => m.OrganizationId == id && m.AccountId == me && m.DeactivatedAt != null, ct))
            return Problems.Of(StatusCodes.Status403Forbidden, "membership_deactivated", Texts.AccessClosed, Texts.MembershipDeactivated);
        var organization = membership is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null) return Problems.NotFound("organization_not_found", Texts.OrganizationNotFound);
        return TypedResults.Ok(new OrganizationDto(organization.Id, organization.Kind, organization.FullName, organization.ShortName,
            Regions.NameOf(organization.RegionCode), organization.Municipality, organization.Settlement, organization.Slug, membership!.Role,
            membership.Role != OrganizationRole.Teacher || membership.VerifiedAt is not null, await ParentLinks.AwaitsChildAsync(db, membership, ct),
            organization.EJournalUrl));
    }
}
