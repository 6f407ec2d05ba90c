using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>ID-2: an administrator confirms a staff member as a teacher, with position, subjects and classes taught.</summary>
public static class VerifyTeacher
{
    /// <summary>More subjects or classes than any school gives one teacher.</summary>
    public const int MaxAssignments = 100;

    public sealed record VerifyTeacherRequest(StaffPosition? Position, List<Guid>? SubjectIds, List<Guid>? ClassIds);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/staff/{membershipId:guid}/verify", Handle).ForAdministrators().WithName(nameof(VerifyTeacher)).WithSummary("Verify a teacher");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember administrator, Guid membershipId, VerifyTeacherRequest request, PartaDbContext db, ChatRoster roster, TimeProvider clock, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganizationId == organizationId, ct);
        if (membership is null) return Problems.NotFound("membership_not_found", Texts.MembershipNotFound);
        if (membership.Role != OrganizationRole.Teacher) return Problems.Conflict("not_staff", Texts.NotStaff);

        var errors = new FieldErrors();
        if (request.Position is null || !Enum.IsDefined(request.Position.Value)) errors.Add("position", Texts.PositionRequired);
        var subjectIds = Input.Items(errors, "subjectIds", request.SubjectIds, MaxAssignments);
        var classIds = Input.Items(errors, "classIds", request.ClassIds, MaxAssignments);
        if (subjectIds is not null && await db.Subjects.CountAsync(s => s.OrganizationId == organizationId && subjectIds.Contains(s.Id), ct) != subjectIds.Count)
            errors.Add("subjectIds", Texts.UnknownSubject);
        if (classIds is not null && await db.Classes.CountAsync(c => c.OrganizationId == organizationId && classIds.Contains(c.Id), ct) != classIds.Count)
            errors.Add("classIds", Texts.UnknownClass);
        if (errors.Any) return Problems.Validation(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        membership.Position = request.Position;
        membership.VerifiedAt = clock.GetUtcNow().UtcDateTime;
        membership.VerifiedById = administrator.AccountId;
        db.TeacherAssignments.RemoveRange(db.TeacherAssignments.Where(a => a.MembershipId == membership.Id));
        db.TeacherAssignments.AddRange(subjectIds!.Select(id => Assignment(membership, subjectId: id, classId: null)));
        db.TeacherAssignments.AddRange(classIds!.Select(id => Assignment(membership, subjectId: null, classId: id)));
        // A class teacher (классный руководитель) leads the classes chosen; they then issue those classes' links.
        if (request.Position == StaffPosition.ClassTeacher)
            await db.Classes.Where(c => c.OrganizationId == organizationId && classIds!.Contains(c.Id))
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.ClassTeacherId, membership.AccountId), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await roster.SyncAsync(organizationId, [membership.AccountId], ct);
        return TypedResults.NoContent();
    }

    private static TeacherAssignment Assignment(Membership membership, Guid? subjectId, Guid? classId) => new()
    {
        Id = Guid.CreateVersion7(), OrganizationId = membership.OrganizationId, MembershipId = membership.Id, SubjectId = subjectId, ClassId = classId,
    };
}
