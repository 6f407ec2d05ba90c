using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

/// <summary>Administrators and teachers of the organization, unverified ones first: they are waiting for a decision.</summary>
public static class ListStaff
{
    public sealed record StaffMemberDto(
        Guid MembershipId, Guid AccountId, string FullName, string? Phone, string? Email, OrganizationRole Role, bool Verified,
        StaffPosition? Position, DateTime JoinedAt, bool Deactivated, IReadOnlyList<Guid> SubjectIds, IReadOnlyList<Guid> ClassIds);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/staff", Handle).ForAdministrators().WithName(nameof(ListStaff)).WithSummary("List staff");

    private static async Task<Results<Ok<List<StaffMemberDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, PartaDbContext db, CancellationToken ct)
    {
        var staff = await (
            from m in db.Memberships
            where m.OrganizationId == organizationId && (m.Role == OrganizationRole.Administrator || m.Role == OrganizationRole.Teacher)
            join a in db.Users on m.AccountId equals a.Id
            select new { m.Id, m.AccountId, a.FullName, a.PhoneNumber, a.Email, m.Role, m.VerifiedAt, m.Position, m.JoinedAt, m.DeactivatedAt }).ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();
        var assignments = await db.TeacherAssignments.Where(t => ids.Contains(t.MembershipId)).ToListAsync(ct);
        return TypedResults.Ok(staff
            .OrderBy(s => s.DeactivatedAt is not null ? 2 : s.Role == OrganizationRole.Teacher && s.VerifiedAt is null ? 0 : 1).ThenBy(s => s.FullName)
            .Select(s => new StaffMemberDto(s.Id, s.AccountId, s.FullName, s.PhoneNumber, s.Email, s.Role,
                s.Role == OrganizationRole.Administrator || s.VerifiedAt is not null, s.Position, s.JoinedAt, s.DeactivatedAt is not null,
                assignments.Where(a => a.MembershipId == s.Id && a.SubjectId is not null).Select(a => a.SubjectId!.Value).ToList(),
                assignments.Where(a => a.MembershipId == s.Id && a.ClassId is not null).Select(a => a.ClassId!.Value).ToList()))
            .ToList());
    }
}
