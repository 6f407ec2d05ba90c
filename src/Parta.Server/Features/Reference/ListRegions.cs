namespace Parta.Server.Features.Reference;

public static class ListRegions
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reference/regions", () => TypedResults.Ok(Regions.All)).WithName(nameof(ListRegions)).WithSummary("List the subjects of the Russian Federation");
}
