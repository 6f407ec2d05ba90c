using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// The administrator's overview: how far the school has come in opening its space — profile, structure,
/// staff, students and parents, class chats, the channel — counted from what is really in the database,
/// so the next step shown is the one still missing. The web client turns the counts into steps.
/// </summary>
public static class GetSetupProgress
{
    public sealed record SetupProgressDto(
        bool ProfileFilled, int Classes, int Subjects, bool StructureCompleted,
        int StaffLinks, int TeachersWaiting, int TeachersVerified,
        int Students, int Parents, int ClassesWithStudents, int InvitationsPending,
        int ClassesWithChat, long ChannelPosts);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/setup-progress", Handle).ForMembers(OrgAccess.IsAdministrator).WithName(nameof(GetSetupProgress)).WithSummary("Show the school's setup progress");

    private static async Task<Results<Ok<SetupProgressDto>, ProblemHttpResult>> Handle(
        Guid organizationId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Counts only, no person's data: shown from the first sign-in, before the second factor is enrolled
        // (the banner above asks for it), so a new administrator sees their first steps at once.
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Address, o.Website, o.StructureCompletedAt }).FirstAsync(ct);
        var members = db.Memberships.Where(m => m.OrganizationId == organizationId && m.DeactivatedAt == null);
        var roles = await members.GroupBy(m => new { m.Role, Verified = m.VerifiedAt != null })
            .Select(g => new { g.Key.Role, g.Key.Verified, Count = g.Count() }).ToListAsync(ct);
        int Count(OrganizationRole role, bool? verified = null) =>
            roles.Where(r => r.Role == role && (verified is null || r.Verified == verified)).Sum(r => r.Count);
        var students = members.Where(m => m.Role == OrganizationRole.Student).Select(m => m.Id);

        return TypedResults.Ok(new SetupProgressDto(
            ProfileFilled: organization.Address is not null && organization.Website is not null,
            Classes: await db.Classes.CountAsync(c => c.OrganizationId == organizationId, ct),
            Subjects: await db.Subjects.CountAsync(s => s.OrganizationId == organizationId, ct),
            StructureCompleted: organization.StructureCompletedAt is not null,
            StaffLinks: await db.JoinLinks.CountAsync(l => l.OrganizationId == organizationId && l.Kind == JoinLinkKind.Staff
                && l.RevokedAt == null && l.ExpiresAt > now, ct),
            TeachersWaiting: Count(OrganizationRole.Teacher, verified: false),
            TeachersVerified: Count(OrganizationRole.Teacher, verified: true),
            Students: Count(OrganizationRole.Student),
            Parents: Count(OrganizationRole.Parent),
            ClassesWithStudents: await db.ClassMembers.Where(cm => cm.OrganizationId == organizationId && students.Contains(cm.MembershipId))
                .Select(cm => cm.ClassId).Distinct().CountAsync(ct),
            InvitationsPending: await db.Invitations.CountAsync(i => i.OrganizationId == organizationId && i.UsedAt == null && i.ExpiresAt > now, ct),
            ClassesWithChat: await db.Chats.Where(c => c.OrganizationId == organizationId && c.Kind == ChatKind.Class)
                .Select(c => c.ClassId).Distinct().CountAsync(ct),
            ChannelPosts: await db.Chats.Where(c => c.OrganizationId == organizationId && c.Kind == ChatKind.Channel)
                .Select(c => c.LastSeq).FirstOrDefaultAsync(ct)));
    }
}
