using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>ID-4: a parent who joined a class asks to be linked to their child there; the link waits for confirmation.</summary>
public static class RequestGuardianship
{
    /// <summary><c>Consent</c>: the parent agrees to the processing of the child's personal data (recorded, ID-8).</summary>
    public sealed record RequestGuardianshipRequest(Guid? StudentMembershipId, bool? Consent);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/guardianships", Handle).ForMembers().WithName(nameof(RequestGuardianship)).WithSummary("Ask to be linked to a child");

    private static async Task<Results<Created<Structure.ListClassMembers.GuardianLinkDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, RequestGuardianshipRequest request, HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var parent = await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == organizationId && m.AccountId == me && m.Role == OrganizationRole.Parent && m.DeactivatedAt == null, ct);
        if (parent is null) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.ParentsOnly);

        // The child must be a student of a class this parent joined.
        var sharesClass = await (
            from child in db.ClassMembers
            where child.MembershipId == request.StudentMembershipId
            join m in db.Memberships on child.MembershipId equals m.Id
            where m.Role == OrganizationRole.Student && m.OrganizationId == organizationId
            where db.ClassMembers.Any(p => p.MembershipId == parent.Id && p.ClassId == child.ClassId)
            select child.Id).AnyAsync(ct);
        if (!sharesClass) return Problems.Field("studentMembershipId", Texts.NotYourChildsClass);
        if (request.Consent != true) return Problems.Field("consent", Texts.ConsentRequired);
        if (await db.Guardianships.AnyAsync(g => g.ParentMembershipId == parent.Id && g.StudentMembershipId == request.StudentMembershipId, ct))
            return Problems.Conflict("guardianship_exists", Texts.GuardianshipExists);

        var guardianship = new Guardianship
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, ParentMembershipId = parent.Id,
            StudentMembershipId = request.StudentMembershipId!.Value, Status = GuardianshipStatus.Pending, CreatedAt = clock.GetUtcNow().UtcDateTime, ConsentGivenAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Guardianships.Add(guardianship);
        await db.SaveChangesAsync(ct);
        var link = (await Structure.FamilyLinks.OfMembershipsAsync(db, [parent.Id], ct)).Single(l => l.GuardianshipId == guardianship.Id);
        return TypedResults.Created($"/api/organizations/{organizationId}/guardianships/{guardianship.Id}", link);
    }
}
