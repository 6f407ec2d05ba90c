namespace Parta.Server.Features.Reference;

/// <summary>Reference lists anyone may read (regions, time zones): what the forms offer before anyone signs in.</summary>
public static class ReferenceModule
{
    public static void MapReference(this RouteGroupBuilder api)
    {
        var reference = api.MapGroup("").WithTags("Reference");
        ListRegions.Map(reference);
        ListTimeZones.Map(reference);
    }
}
