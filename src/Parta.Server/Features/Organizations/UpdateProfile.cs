using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Organizations;

/// <summary>
/// ORG-3: the administrator fills in address, site, e-journal, time zone, working hours and days — and the
/// school's rules for reaching students (BEY-3), which a request may leave out to keep them as they are.
/// </summary>
public static class UpdateProfile
{
    public sealed record UpdateProfileRequest(
        string? Address, string? Website, string? EJournalUrl, string? TimeZone, string? WorkdayStart, string? WorkdayEnd,
        List<int>? WorkingDays, bool? PrimaryGradesOpen, bool? ClassmatesMayMessage = null, StudentChatCompanion? TeacherStudentChatCompanion = null);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPut("/profile", Handle).ForAdministrators().WithName(nameof(UpdateProfile)).WithSummary("Change the school's profile");

    private static async Task<Results<Ok<ProfileDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, UpdateProfileRequest request, PartaDbContext db, StudentContactRules rules, CancellationToken ct)
    {

        var errors = new FieldErrors();
        var address = Input.Text(errors, "address", request.Address, Limits.Address, required: false);
        var website = Input.WebAddress(errors, "website", request.Website);
        var journal = Input.WebAddress(errors, "eJournalUrl", request.EJournalUrl);
        if (!TimeZones.IsKnown(request.TimeZone)) errors.Add("timeZone", Texts.UnknownTimeZone);
        var start = Time(errors, "workdayStart", request.WorkdayStart);
        var end = Time(errors, "workdayEnd", request.WorkdayEnd);
        if (start is not null && end is not null && start >= end) errors.Add("workdayEnd", Texts.WorkdayOrder);
        var days = Input.Items(errors, "workingDays", request.WorkingDays, 7);
        if (days is not null && (days.Count == 0 || days.Any(d => d is < 1 or > 7))) errors.Add("workingDays", Texts.WorkingDays);
        if (request.TeacherStudentChatCompanion is { } companion && !Enum.IsDefined(companion)) errors.Add("teacherStudentChatCompanion", Texts.StudentChatCompanion);
        if (errors.Any) return Problems.Validation(errors);

        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, ct);
        organization.Address = address is "" ? null : address;
        organization.Website = website;
        organization.EJournalUrl = journal;
        organization.TimeZone = request.TimeZone!;
        organization.WorkdayStart = start!.Value;
        organization.WorkdayEnd = end!.Value;
        organization.WorkingDays = days!.Sum(d => 1 << (d - 1));
        organization.PrimaryGradesOpen = request.PrimaryGradesOpen ?? false;
        organization.ClassmatesMayMessage = request.ClassmatesMayMessage ?? organization.ClassmatesMayMessage;
        organization.TeacherStudentChatCompanion = request.TeacherStudentChatCompanion ?? organization.TeacherStudentChatCompanion;
        await db.SaveChangesAsync(ct);
        await rules.ApplyToDirectChatsAsync(organization, ct);
        return TypedResults.Ok(ProfileDto.From(organization));
    }

    private static TimeOnly? Time(FieldErrors errors, string field, string? value)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add(field, Texts.TimeFormat);
        return null;
    }
}
