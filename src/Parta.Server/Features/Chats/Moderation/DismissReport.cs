using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: a moderator finds nothing to act on in a report. Whoever sees the report (<see cref="ListReports"/>)
/// may dismiss it; to anyone else it does not exist.
/// </summary>
public static class DismissReport
{
    public sealed record DismissReportRequest(string? Note);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/moderation/reports/{reportId:guid}/dismiss", Handle).ForMembers().WithName(nameof(DismissReport)).WithSummary("Dismiss a report");

    private static async Task<Results<Ok<MessageReportDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, Guid reportId, DismissReportRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = caller.AccountId;
        var report = await db.MessageReports.FirstOrDefaultAsync(r => r.Id == reportId && r.OrganizationId == organizationId
            && (caller.Membership.Role == OrganizationRole.Administrator || db.ChatMembers.Any(cm => cm.ChatId == r.ChatId && cm.AccountId == me && cm.IsAdmin)), ct);
        if (report is null) return Problems.NotFound("report_not_found", ChatTexts.ReportNotFound);
        if (report.Status != ReportStatus.Open) return Problems.Conflict("report_handled", ChatTexts.ReportHandled);
        var errors = new FieldErrors();
        var note = Input.Text(errors, "note", request.Note, Limits.Reason, required: false, allowMarkup: true);
        if (errors.Any) return Problems.Validation(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var chat = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == report.ChatId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Only a report still open changes: of two moderators dismissing it at once, the second hears it was
        // handled, and the log gets one entry.
        var claimed = await db.MessageReports.Where(r => r.Id == report.Id && r.Status == ReportStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Dismissed).SetProperty(r => r.HandledById, me).SetProperty(r => r.HandledAt, now), ct);
        if (claimed == 0) return Problems.Conflict("report_handled", ChatTexts.ReportHandled);
        db.Entry(report).State = EntityState.Detached;
        (report.Status, report.HandledById, report.HandledAt) = (ReportStatus.Dismissed, me, now);
        await ModerationRecord.LogAsync(db, chat, me, ModerationActionKind.DismissReport, now, ct,
            targetId: report.AuthorId, seq: report.Seq, reportId: report.Id, note: string.IsNullOrEmpty(note) ? null : note);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok((await ListReports.ToDtosAsync(db, caller.Membership, [report], ct))[0]);
    }
}
