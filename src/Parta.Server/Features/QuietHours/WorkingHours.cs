using Parta.Data.Entities;

namespace Parta.Server.Features.QuietHours;

/// <summary>
/// MSG-6: a teacher's working hours — their own, or the school's — in the school's time zone (not the
/// server's). Outside them messages reach the teacher silently, and senders learn when the teacher will be
/// notified: at the start of the next working day.
/// </summary>
public sealed record WorkingHours(TimeZoneInfo Zone, TimeOnly Start, TimeOnly End, int Days)
{
    public static WorkingHours Of(Organization organization, Membership membership) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(organization.TimeZone),
            membership.WorkdayStart ?? organization.WorkdayStart, membership.WorkdayEnd ?? organization.WorkdayEnd, organization.WorkingDays);

    /// <summary>Quiet hours are kept for teachers: staff whose messages come from families and students at any hour.</summary>
    public static bool AppliesTo(Membership membership) => membership.Role == OrganizationRole.Teacher;

    /// <summary>Null while the person is at work; otherwise the moment (UTC) their working hours begin again.</summary>
    public DateTime? QuietUntil(DateTime utcNow)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), Zone);
        var time = TimeOnly.FromDateTime(local);
        if (IsWorkingDay(local) && time >= Start && time < End) return null;
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            if (!IsWorkingDay(date) || (day == 0 && time >= Start)) continue;
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date + Start.ToTimeSpan(), DateTimeKind.Unspecified), Zone);
        }
        return null; // No working day at all cannot be saved (UpdateProfile requires one).
    }

    /// <summary>Bit 0 = Monday … bit 6 = Sunday, as <see cref="Organization.WorkingDays"/> stores them.</summary>
    private bool IsWorkingDay(DateTime date) => (Days & (1 << (((int)date.DayOfWeek + 6) % 7))) != 0;
}
