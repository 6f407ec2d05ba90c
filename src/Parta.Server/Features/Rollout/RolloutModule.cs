using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Rollout;

/// <summary>RUN-1: the rollout plan of seeds/003 §7 — four stages, their deadlines and template chats, for the school's administrators.</summary>
public static class RolloutModule
{
    public static void MapRollout(this RouteGroupBuilder api)
    {
        var organization = api.MapOrganizationScope().WithTags("Rollout");
        GetRolloutPlan.Map(organization);
        CreateStageChats.Map(organization);
    }

    public static IServiceCollection AddRollout(this IServiceCollection services) => services.AddScoped<RolloutProposal>();
}
