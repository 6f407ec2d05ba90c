using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Rollout;

/// <summary>
/// RUN-1: an administrator opens every chat a stage proposes in one step, each with the seeds' «Содержание
/// коммуникаций» as its description. Chats open through <see cref="ChatCreation"/>, as by hand, so a chat that
/// already exists (opened earlier by the plan or by a teacher) is kept, not duplicated: pressing twice is harmless.
/// </summary>
public static class CreateStageChats
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/rollout/stages/{stage:int}/chats", Handle).ForAdministrators().WithName(nameof(CreateStageChats)).WithSummary("Open the chats a stage of the rollout plan proposes");

    private static async Task<Results<Ok<GetRolloutPlan.RolloutPlanDto>, ProblemHttpResult>> Handle(
        Guid organizationId, int stage, OrganizationMember me, PartaDbContext db, RolloutProposal proposal, ChatCreation creation, TimeProvider clock, CancellationToken ct)
    {
        if (stage is < 1 or > RolloutProposal.Stages) return Problems.NotFound("rollout_stage_not_found", RolloutTexts.StageNotFound);
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId, ct);
        if (organization.StructureCompletedAt is null) return Problems.Conflict("structure_not_complete", RolloutTexts.StructureNotComplete);

        var now = clock.GetUtcNow().UtcDateTime;
        var templates = await proposal.TemplatesAsync(organization, stage, me.AccountId, now, ct);
        var keys = templates.SelectMany(t => t.Chats).Select(p => p.Chat.UniqueKey).ToList();
        // A chat that is already open is left as it is: opening it again would put the administrator into a class teacher's chat.
        var open = (await db.Chats.Where(c => c.OrganizationId == organizationId && keys.Contains(c.UniqueKey)).Select(c => c.UniqueKey!).ToListAsync(ct)).ToHashSet();
        foreach (var template in templates)
            foreach (var proposed in template.Chats.Where(p => !open.Contains(p.Chat.UniqueKey!)))
            {
                var chat = proposed.Chat;
                chat.Description ??= template.Content;
                await creation.OpenAsync(me.Membership, chat,
                    [NewChat.Member(chat, me.AccountId, true, now), .. proposed.Members.Where(id => id != me.AccountId).Select(id => NewChat.Member(chat, id, false, now))], ct);
            }
        return TypedResults.Ok(await GetRolloutPlan.PlanAsync(db, proposal, organizationId, me.AccountId, clock.GetUtcNow().UtcDateTime, ct));
    }
}
