namespace Parta.Server.Features.Reference;

public static class ListTimeZones
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reference/time-zones", () => TypedResults.Ok(TimeZones.All)).WithName(nameof(ListTimeZones)).WithSummary("List the time zones a school may choose");
}
