using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// The routes inside one organization, <c>/api/organizations/{organizationId}/…</c>, for signed-in callers. Each area
/// maps its own group of this shape (so each can carry its area's tag). Who may call a route is said where it is
/// mapped — <see cref="ForMembers"/>, <see cref="ForStaff"/>, <see cref="ForAdministrators"/> — and checked by the
/// organization's door (<see cref="OrgAccess"/>) as a step before the handler (<see cref="RouteDoors"/>); the handler
/// may take the caller's <see cref="OrganizationMember"/> as a parameter.
/// </summary>
public static class OrganizationScope
{
    public static RouteGroupBuilder MapOrganizationScope(this RouteGroupBuilder api) =>
        api.MapGroup("/organizations/{organizationId:guid}").RequireAuthorization();

    /// <summary>Active members whose membership passes <paramref name="allowed"/> (every active member without it); outsiders get 404, others 403.</summary>
    public static RouteHandlerBuilder ForMembers(this RouteHandlerBuilder route, Func<Membership, bool>? allowed = null) =>
        route.WithDoor(allowed is null ? MemberDoor.Anyone : new MemberDoor(allowed));

    /// <summary>Administrators and confirmed teachers (<see cref="OrgAccess.IsStaff"/>).</summary>
    public static RouteHandlerBuilder ForStaff(this RouteHandlerBuilder route) => route.WithDoor(MemberDoor.Staff);

    /// <summary>Administrator-only actions, with the second factor unless the operator switched that off (<see cref="OrgAccess.RequireAdministratorAsync"/>).</summary>
    public static RouteHandlerBuilder ForAdministrators(this RouteHandlerBuilder route) => route.WithDoor(AdministratorDoor.Instance);

    private static Guid OrganizationId(HttpContext context) =>
        // The scope's route constraint lets only Guids this far.
        Guid.Parse((string)context.Request.RouteValues["organizationId"]!);

    private static IResult? Admit(HttpContext context, Membership? membership, IResult? problem)
    {
        if (membership is null) return problem;
        context.Features.Set(new OrganizationMember(membership));
        return null;
    }

    private sealed class MemberDoor(Func<Membership, bool> allowed) : IRouteDoor
    {
        public static readonly MemberDoor Anyone = new(_ => true);
        public static readonly MemberDoor Staff = new(OrgAccess.IsStaff);

        public async ValueTask<IResult?> PassAsync(HttpContext context)
        {
            var (membership, problem) = await OrgAccess.RequireAsync(context.RequestServices.GetRequiredService<PartaDbContext>(),
                OrganizationId(context), context.User, allowed, context.RequestAborted);
            return Admit(context, membership, problem);
        }
    }

    private sealed class AdministratorDoor : IRouteDoor
    {
        public static readonly AdministratorDoor Instance = new();

        public async ValueTask<IResult?> PassAsync(HttpContext context)
        {
            var services = context.RequestServices;
            var (membership, problem) = await OrgAccess.RequireAdministratorAsync(services.GetRequiredService<PartaDbContext>(), OrganizationId(context),
                context.User, services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireAdministratorSecondFactor, context.RequestAborted);
            return Admit(context, membership, problem);
        }
    }
}

/// <summary>The caller's membership, as the organization's door found it, for a handler of the scope (<see cref="OrganizationScope"/>).</summary>
public sealed record OrganizationMember(Membership Membership)
{
    public Guid AccountId => Membership.AccountId;

    public static ValueTask<OrganizationMember?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<OrganizationMember>());
}
