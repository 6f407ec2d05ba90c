using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Structure;

/// <summary>
/// The administrator adds and removes group members. Staff groups take staff, the parents' committee
/// parents, clubs students and staff — so a group never mixes people the seeds keep apart.
/// </summary>
public static class ChangeGroupMembers
{
    public sealed record AddGroupMemberRequest(Guid? MembershipId);

    public static void Map(RouteGroupBuilder organization)
    {
        organization.MapPost("/groups/{groupId:guid}/members", Add).ForAdministrators().WithName("AddGroupMember").WithSummary("Add a member to a group");
        organization.MapDelete("/groups/{groupId:guid}/members/{membershipId:guid}", Remove).ForAdministrators().WithName("RemoveGroupMember").WithSummary("Remove a member from a group");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Add(
        Guid organizationId, Guid groupId, AddGroupMemberRequest request, PartaDbContext db, ChatRoster roster, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId && g.OrganizationId == organizationId, ct);
        if (group is null) return Problems.NotFound("group_not_found", Texts.GroupNotFound);
        var member = await db.Memberships.FirstOrDefaultAsync(m => m.Id == request.MembershipId && m.OrganizationId == organizationId && m.DeactivatedAt == null, ct);
        if (member is null) return Problems.Field("membershipId", Texts.MembershipNotFound);
        if (!Fits(group.Kind, member.Role)) return Problems.Field("membershipId", Texts.GroupRoleMismatch);
        if (!await db.GroupMembers.AnyAsync(gm => gm.GroupId == groupId && gm.MembershipId == member.Id, ct))
        {
            db.GroupMembers.Add(new GroupMember { Id = Guid.CreateVersion7(), OrganizationId = organizationId, GroupId = groupId, MembershipId = member.Id });
            await db.SaveChangesAsync(ct);
            await roster.SyncAsync(organizationId, [member.AccountId], ct);
        }
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid organizationId, Guid groupId, Guid membershipId, PartaDbContext db, ChatRoster roster, CancellationToken ct)
    {
        var removed = await db.GroupMembers.Where(gm => gm.GroupId == groupId && gm.MembershipId == membershipId && gm.OrganizationId == organizationId).ExecuteDeleteAsync(ct);
        if (removed == 0) return Problems.NotFound("group_member_not_found", Texts.MembershipNotFound);
        var accountId = await db.Memberships.Where(m => m.Id == membershipId).Select(m => m.AccountId).FirstAsync(ct);
        await roster.SyncAsync(organizationId, [accountId], ct);
        return TypedResults.NoContent();
    }

    private static bool Fits(GroupKind kind, OrganizationRole role) => kind switch
    {
        GroupKind.ParentsCommittee => role == OrganizationRole.Parent,
        GroupKind.Club => role is OrganizationRole.Student or OrganizationRole.Teacher or OrganizationRole.Administrator,
        _ => role is OrganizationRole.Teacher or OrganizationRole.Administrator,
    };
}
