using Parta.Data.Entities;

namespace Parta.Server.Features.Organizations;

/// <summary>ORG-3: the organization's information as the administrator maintains it, with the school's rules for reaching students (BEY-3).</summary>
public sealed record ProfileDto(
    string? Address, string? Website, string? EJournalUrl, string TimeZone, string WorkdayStart, string WorkdayEnd,
    IReadOnlyList<int> WorkingDays, bool PrimaryGradesOpen, DateTime? StructureCompletedAt,
    bool ClassmatesMayMessage, StudentChatCompanion TeacherStudentChatCompanion)
{
    public static ProfileDto From(Organization o) => new(
        o.Address, o.Website, o.EJournalUrl, o.TimeZone, o.WorkdayStart.ToString("HH:mm"), o.WorkdayEnd.ToString("HH:mm"),
        Enumerable.Range(1, 7).Where(day => (o.WorkingDays & (1 << (day - 1))) != 0).ToList(), o.PrimaryGradesOpen, o.StructureCompletedAt,
        o.ClassmatesMayMessage, o.TeacherStudentChatCompanion);
}
