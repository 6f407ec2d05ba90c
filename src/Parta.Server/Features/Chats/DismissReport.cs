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
        organization.MapPost("/moderation/reports/{reportId:guid}/dismiss", Handle).WithName(nameof(DismissReport));

    private static async Task<Results<Ok<MessageReportDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, Guid reportId, DismissReportRequest request, HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (membership, problem) = await OrgAccess.RequireAsync(db, organizationId, context.User, _ => true, ct);
        if (membership is null) return problem!;
        var me = membership.AccountId;
        var report = await db.MessageReports.FirstOrDefaultAsync(r => r.Id == reportId && r.OrganizationId == organizationId
            && (membership.Role == OrganizationRole.Administrator || db.ChatMembers.Any(cm => cm.ChatId == r.ChatId && cm.AccountId == me && cm.IsAdmin)), ct);
        if (report is null) return Problems.NotFound("report_not_found", ChatTexts.ReportNotFound);
        if (report.Status != ReportStatus.Open) return Problems.Conflict("report_handled", ChatTexts.ReportHandled);
        var errors = new FieldErrors();
        var note = Input.Text(errors, "note", request.Note, Limits.Reason, required: false, allowMarkup: true);
        if (errors.Any) return Problems.Validation(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        report.Status = ReportStatus.Dismissed;
        report.HandledById = me;
        report.HandledAt = now;
        var chat = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == report.ChatId, ct);
        await ModerationRecord.LogAsync(db, chat, me, ModerationActionKind.DismissReport, now, ct,
            targetId: report.AuthorId, seq: report.Seq, reportId: report.Id, note: string.IsNullOrEmpty(note) ? null : note);
        // The report and its log row are saved together, in SaveChanges' own transaction.
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ListReports.ToDtosAsync(db, membership, [report], ct))[0]);
    }
}
