namespace Parta.Server.Features.Organizations;

/// <summary>
/// The routes inside one organization, <c>/api/organizations/{organizationId}/…</c>, for signed-in callers. Each area
/// maps its own group of this shape (so each can carry its area's tag); each handler then checks the caller's
/// membership and role with <see cref="OrgAccess"/>.
/// </summary>
public static class OrganizationScope
{
    public static RouteGroupBuilder MapOrganizationScope(this RouteGroupBuilder api) =>
        api.MapGroup("/organizations/{organizationId:guid}").RequireAuthorization();
}
