using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.QuietHours;

/// <summary>MSG-6: a teacher adjusts their own working hours (both empty: back to the school's).</summary>
public static class SetQuietHours
{
    public sealed record SetQuietHoursRequest(TimeOnly? WorkdayStart, TimeOnly? WorkdayEnd);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPut("/quiet-hours", Handle).ForMembers(WorkingHours.AppliesTo).WithName(nameof(SetQuietHours)).WithSummary("Set my working hours");

    private static async Task<Results<Ok<GetQuietHours.QuietHoursDto>, ValidationProblem, ProblemHttpResult>> Handle(
        OrganizationMember me, SetQuietHoursRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if ((request.WorkdayStart is null) != (request.WorkdayEnd is null)) return Problems.Field("workdayEnd", QuietHoursTexts.BothOrNeither);
        if (request.WorkdayStart >= request.WorkdayEnd) return Problems.Field("workdayEnd", QuietHoursTexts.EndAfterStart);
        await db.Memberships.Where(m => m.Id == me.Membership.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.WorkdayStart, request.WorkdayStart).SetProperty(m => m.WorkdayEnd, request.WorkdayEnd), ct);
        me.Membership.WorkdayStart = request.WorkdayStart;
        me.Membership.WorkdayEnd = request.WorkdayEnd;
        return TypedResults.Ok(await GetQuietHours.DescribeAsync(db, me.Membership, clock, ct));
    }
}

public static class QuietHoursTexts
{
    public const string BothOrNeither = "Укажите и начало, и конец рабочего дня — или оставьте оба пустыми, чтобы работать по часам школы";
    public const string EndAfterStart = "Конец рабочего дня должен быть позже начала";
}
