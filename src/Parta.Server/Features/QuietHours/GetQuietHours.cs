using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;

namespace Parta.Server.Features.QuietHours;

/// <summary>
/// MSG-6 for the caller: their working hours in this school and whether it is quiet time now. The web client
/// keeps new messages silent (no sound, no browser notification) until <c>QuietUntil</c>.
/// </summary>
public static class GetQuietHours
{
    /// <param name="Applies">Quiet hours are kept for teachers; for everyone else the rest is informational.</param>
    /// <param name="Own">The teacher set their own hours instead of the school's.</param>
    public sealed record QuietHoursDto(bool Applies, string TimeZone, TimeOnly WorkdayStart, TimeOnly WorkdayEnd, bool Own, DateTime? QuietUntil);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/quiet-hours", Handle).ForMembers().WithName(nameof(GetQuietHours)).WithSummary("Show my working hours");

    private static async Task<Results<Ok<QuietHoursDto>, ProblemHttpResult>> Handle(
        OrganizationMember me, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        return TypedResults.Ok(await DescribeAsync(db, me.Membership, clock, ct));
    }

    public static async Task<QuietHoursDto> DescribeAsync(PartaDbContext db, Parta.Data.Entities.Membership me, TimeProvider clock, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == me.OrganizationId, ct);
        var hours = WorkingHours.Of(organization, me);
        var applies = WorkingHours.AppliesTo(me);
        return new QuietHoursDto(applies, organization.TimeZone, hours.Start, hours.End, me.WorkdayStart is not null,
            applies ? hours.QuietUntil(clock.GetUtcNow().UtcDateTime) : null);
    }
}
