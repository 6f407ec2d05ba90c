using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.Import;

/// <summary>ORG-5: a roster file (simple CSV or OneRoster) previewed, then applied to the school's structure and people.</summary>
public static class ImportModule
{
    public static void MapImport(this RouteGroupBuilder api)
    {
        var organization = api.MapOrganizationScope().WithTags("Import");
        PreviewImport.Map(organization);
        ApplyImport.Map(organization);
    }
}
