using Microsoft.EntityFrameworkCore;
using Parta.Data;
using static Parta.Server.Features.Structure.ListClassMembers;

namespace Parta.Server.Features.Structure;

/// <summary>Parent–child links with both names, as the class page and the family page show them.</summary>
internal static class FamilyLinks
{
    public static Task<List<GuardianLinkDto>> InClassAsync(PartaDbContext db, Guid classId, CancellationToken ct) =>
        Query(db, db.Guardianships.Where(g => db.ClassMembers.Any(cm => cm.ClassId == classId && cm.MembershipId == g.StudentMembershipId))).ToListAsync(ct);

    public static Task<List<GuardianLinkDto>> OfMembershipsAsync(PartaDbContext db, IReadOnlyCollection<Guid> membershipIds, CancellationToken ct) =>
        Query(db, db.Guardianships.Where(g => membershipIds.Contains(g.ParentMembershipId) || membershipIds.Contains(g.StudentMembershipId))).ToListAsync(ct);

    private static IQueryable<GuardianLinkDto> Query(PartaDbContext db, IQueryable<Parta.Data.Entities.Guardianship> guardianships) =>
        from g in guardianships
        join pm in db.Memberships on g.ParentMembershipId equals pm.Id
        join pa in db.Users on pm.AccountId equals pa.Id
        join sm in db.Memberships on g.StudentMembershipId equals sm.Id
        join sa in db.Users on sm.AccountId equals sa.Id
        orderby sa.FullName
        select new GuardianLinkDto(g.Id, g.ParentMembershipId, pa.FullName, g.StudentMembershipId, sa.FullName, g.Status);
}
