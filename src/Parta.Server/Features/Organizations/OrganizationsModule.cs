namespace Parta.Server.Features.Organizations;

/// <summary>A school: its application and public page (before anyone is a member), then its profile and setup.</summary>
public static class OrganizationsModule
{
    public static void MapOrganizations(this RouteGroupBuilder api)
    {
        var organizations = api.MapGroup("").WithTags("Organizations");
        SubmitApplication.Map(organizations);
        TrackApplication.Map(organizations);
        GetOrganization.Map(organizations);
        GetPublicOrganization.Map(organizations);

        var organization = organizations.MapOrganizationScope();
        GetProfile.Map(organization);
        UpdateProfile.Map(organization);
        CompleteStructure.Map(organization);
        GetSetupProgress.Map(organization);
    }
}
