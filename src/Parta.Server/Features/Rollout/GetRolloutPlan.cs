using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Rollout;

/// <summary>
/// RUN-1: the school's administrators see the rollout plan — four stages with deadlines counted from the day the
/// structure was built, each with its template chats as the structure proposes them and how far they got
/// (chats opened, people in them, chats where someone has written). Before the structure is built the plan is
/// empty and says so (<see cref="RolloutPlanDto.StructureBuiltOn"/> is null).
/// </summary>
public static class GetRolloutPlan
{
    public sealed record RolloutChatDto(string Title, Guid? ChatId, int Members, bool HasMessages);
    public sealed record RolloutTemplateDto(string Key, string Content, string? Hint, IReadOnlyList<RolloutChatDto> Chats);
    public sealed record RolloutStageDto(int Number, string Title, DateOnly DueFrom, DateOnly DueBy, int ChatsProposed, int ChatsCreated,
        int MembersJoined, int ChatsWithMessages, bool Complete, bool Overdue, IReadOnlyList<RolloutTemplateDto> Templates);
    public sealed record RolloutPlanDto(DateOnly? StructureBuiltOn, DateOnly Today, string TimeZone, IReadOnlyList<RolloutStageDto> Stages);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/rollout", Handle).ForAdministrators().WithName(nameof(GetRolloutPlan)).WithSummary("The rollout plan: stages, deadlines, template chats and progress");

    private static async Task<Ok<RolloutPlanDto>> Handle(
        Guid organizationId, OrganizationMember me, PartaDbContext db, RolloutProposal proposal, TimeProvider clock, CancellationToken ct)
        => TypedResults.Ok(await PlanAsync(db, proposal, organizationId, me.AccountId, clock.GetUtcNow().UtcDateTime, ct));

    public static async Task<RolloutPlanDto> PlanAsync(PartaDbContext db, RolloutProposal proposal, Guid organizationId, Guid viewerId, DateTime now, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == organizationId, ct);
        var today = RolloutSchedule.LocalDay(now, organization.TimeZone);
        if (organization.StructureCompletedAt is not { } built) return new(null, today, organization.TimeZone, []);
        var builtOn = RolloutSchedule.LocalDay(built, organization.TimeZone);

        var stages = new List<RolloutStageDto>();
        for (var number = 1; number <= RolloutProposal.Stages; number++)
        {
            var templates = await proposal.TemplatesAsync(organization, number, viewerId, now, ct);
            var keys = templates.SelectMany(t => t.Chats).Select(c => c.Chat.UniqueKey).ToList();
            var opened = await db.Chats.Where(c => c.OrganizationId == organizationId && keys.Contains(c.UniqueKey))
                .Select(c => new { c.UniqueKey, c.Id, c.LastSeq, Members = db.ChatMembers.Count(m => m.ChatId == c.Id) })
                .ToDictionaryAsync(c => c.UniqueKey!, ct);
            var chats = templates.Select(t => new RolloutTemplateDto(t.Key, t.Content, t.Hint, [.. t.Chats.Select(p =>
                opened.TryGetValue(p.Chat.UniqueKey!, out var o)
                    ? new RolloutChatDto(p.Chat.Title, o.Id, o.Members, o.LastSeq > 0)
                    : new RolloutChatDto(p.Chat.Title, null, 0, false))])).ToList();
            var all = chats.SelectMany(t => t.Chats).ToList();
            var created = all.Count(c => c.ChatId is not null);
            // A stage the structure proposes nothing for (no classes of those grades) is neither done nor late.
            var complete = all.Count > 0 && created == all.Count;
            var (from, by) = RolloutSchedule.Due(builtOn, number);
            stages.Add(new(number, RolloutTexts.StageTitles[number - 1], from, by, all.Count, created, all.Sum(c => c.Members),
                all.Count(c => c.HasMessages), complete, all.Count > 0 && !complete && today > by, chats));
        }
        return new(builtOn, today, organization.TimeZone, stages);
    }
}
