using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>ID-2: an administrator takes the teacher badge back; the person stays a member without teacher rights.</summary>
public static class RevokeTeacherVerification
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/staff/{membershipId:guid}/revoke-verification", Handle).ForAdministrators().WithName(nameof(RevokeTeacherVerification)).WithSummary("Withdraw a teacher's verification");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, Guid membershipId, PartaDbContext db, ChatRoster roster, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganizationId == organizationId, ct);
        if (membership is null) return Problems.NotFound("membership_not_found", Texts.MembershipNotFound);
        if (membership.Role != OrganizationRole.Teacher) return Problems.Conflict("not_staff", Texts.NotStaff);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        membership.VerifiedAt = null;
        membership.VerifiedById = null;
        membership.Position = null;
        db.TeacherAssignments.RemoveRange(db.TeacherAssignments.Where(a => a.MembershipId == membership.Id));
        await db.Classes.Where(c => c.OrganizationId == organizationId && c.ClassTeacherId == membership.AccountId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ClassTeacherId, (Guid?)null), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await roster.SyncAsync(organizationId, [membership.AccountId], ct);
        return TypedResults.NoContent();
    }
}
