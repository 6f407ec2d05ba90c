using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: the chat of a staff group, a methodological association, a club or the parents' committee,
/// opened by an administrator; it follows the group's members (<see cref="ChatRoster"/>). One per group.
/// </summary>
public static class CreateTeamChat
{
    public sealed record CreateTeamChatRequest(Guid GroupId);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/chats/team", Handle).ForAdministrators().WithName(nameof(CreateTeamChat)).WithSummary("Create a staff team chat");

    private static async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember me, CreateTeamChatRequest request, PartaDbContext db, ChatCreation creation, TimeProvider clock, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == request.GroupId && g.OrganizationId == organizationId, ct);
        if (group is null) return Problems.NotFound("group_not_found", Texts.GroupNotFound);

        var now = clock.GetUtcNow().UtcDateTime;
        var chat = Build(group, me.AccountId, now);
        return await creation.OpenAsync(me.Membership, chat, [NewChat.Member(chat, me.AccountId, true, now)], ct);
    }

    /// <summary>The group's chat, titled and keyed the same wherever it is opened from (here, or the rollout plan).</summary>
    public static Chat Build(Group group, Guid creatorId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), OrganizationId = group.OrganizationId, Kind = ChatKind.Team, Title = group.Name, GroupId = group.Id,
        UniqueKey = $"team:{group.Id:N}", CreatedAt = now, CreatedById = creatorId,
    };
}
