namespace Parta.Server.Features.Rollout;

/// <summary>
/// RUN-1 deadlines (seeds/003 §7): each stage is due a number of days after the structure was built — stage 1
/// in 2–3 days, 2 in 7–10, 3 in 10–15, 4 in 15–20. Days are the school's calendar days, in its time zone, not
/// the server's: a structure marked built at 23:30 in Vladivostok was built on that Vladivostok day.
/// </summary>
public static class RolloutSchedule
{
    private static readonly (int From, int By)[] Days = [(2, 3), (7, 10), (10, 15), (15, 20)];

    public static DateOnly LocalDay(DateTime utc, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZone)));

    public static (DateOnly From, DateOnly By) Due(DateOnly structureBuilt, int stage) =>
        (structureBuilt.AddDays(Days[stage - 1].From), structureBuilt.AddDays(Days[stage - 1].By));
}
