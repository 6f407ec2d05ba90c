using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.People;

/// <summary>
/// ORG-5 follow-up: people invited personally (by an import, or as administrators) who have not come in
/// yet — the administrator sees them beside the members, with when the link expires, to resend or revoke.
/// </summary>
public static class ListInvitations
{
    public sealed record PendingInvitationDto(
        Guid Id, string FullName, OrganizationRole Role, string? ClassName, string? Phone, string? Email, DateTime ExpiresAt, bool Expired)
    {
        public static PendingInvitationDto From(Invitation i, string? className, DateTime now) =>
            new(i.Id, i.FullName, i.Role, className, i.Phone.Length == 0 ? null : i.Phone, i.Email.Length == 0 ? null : i.Email, i.ExpiresAt, i.ExpiresAt <= now);
    }

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/invitations", Handle).ForAdministrators().WithName(nameof(ListInvitations)).WithSummary("List pending invitations");

    private static async Task<Results<Ok<List<PendingInvitationDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await (
            from i in db.Invitations where i.OrganizationId == organizationId && i.UsedAt == null
            join c in db.Classes on i.ClassId equals c.Id into classes
            from c in classes.DefaultIfEmpty()
            orderby i.FullName
            select new { Invitation = i, ClassName = c == null ? null : c.Name }).AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(pending.Select(p => PendingInvitationDto.From(p.Invitation, p.ClassName, now)).ToList());
    }
}
