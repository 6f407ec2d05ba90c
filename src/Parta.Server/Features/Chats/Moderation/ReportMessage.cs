using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: a member reports someone else's message to the chat's moderators. The report keeps the text and
/// the author as they were, so it can be judged after an edit or a deletion. Pressing again returns the same
/// report: one person's complaint counts once.
/// </summary>
public static class ReportMessage
{
    public sealed record ReportMessageRequest(ReportReason? Reason, string? Comment);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/messages/{seq:long}/reports", Handle).WithName(nameof(ReportMessage)).WithSummary("Report a message to moderators");

    private static async Task<Results<Created<MessageReportDto>, Ok<MessageReportDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, long seq, ReportMessageRequest request, PartaDbContext db, ChatEvents events,
        TimeProvider clock, CancellationToken ct)
    {
        var message = await ChatAccess.VisibleMessageAsync(db, chat, seq, ct);
        if (message is null) return Problems.NotFound("message_not_found", ChatTexts.MessageNotFound);
        if (message.DeletedAt is not null) return Problems.Conflict("message_deleted", ChatTexts.MessageDeleted);
        var me = chat.Member.AccountId;
        if (message.SenderId == me) return Problems.Conflict("own_message", ChatTexts.ReportOwnMessage);

        var errors = new FieldErrors();
        if (request.Reason is not { } reason || !Enum.IsDefined(reason)) errors.Add("reason", Texts.Required);
        string? comment = null;
        if (request.Reason == ReportReason.Other && string.IsNullOrWhiteSpace(request.Comment)) errors.Add("comment", ChatTexts.ReportCommentRequired);
        else comment = Input.Text(errors, "comment", request.Comment, Limits.Reason, required: false, allowMarkup: true);
        if (errors.Any) return Problems.Validation(errors);

        var existing = await FindAsync(db, chatId, seq, me, ct);
        if (existing is not null) return TypedResults.Ok((await ListReports.ToDtosAsync(db, chat.Membership, [existing], ct))[0]);

        var report = new MessageReport
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, ChatId = chatId, Seq = seq, ReporterId = me, AuthorId = message.SenderId,
            Reason = request.Reason!.Value, Comment = string.IsNullOrEmpty(comment) ? null : comment, MessageText = message.Text,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MessageReports.Add(report);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same person's second press raced the first and lost: the first report is the answer.
            db.ChangeTracker.Clear();
            existing = await FindAsync(db, chatId, seq, me, ct);
            if (existing is null) throw;
            return TypedResults.Ok((await ListReports.ToDtosAsync(db, chat.Membership, [existing], ct))[0]);
        }

        var moderators = await ModeratorsAsync(db, chat.Chat, ct);
        moderators.Remove(me);
        if (moderators.Count > 0) await events.MessageReportedAsync(moderators, new MessageReportedEvent(report.Id, chatId, seq));
        return TypedResults.Created($"/api/organizations/{organizationId}/moderation/reports/{report.Id}",
            (await ListReports.ToDtosAsync(db, chat.Membership, [report], ct))[0]);
    }

    private static Task<MessageReport?> FindAsync(PartaDbContext db, Guid chatId, long seq, Guid reporterId, CancellationToken ct) =>
        db.MessageReports.AsNoTracking().FirstOrDefaultAsync(r => r.ChatId == chatId && r.Seq == seq && r.ReporterId == reporterId, ct);

    /// <summary>Who is told: the chat's admins, and the organization's active administrators, who see and act on every report of the school.</summary>
    private static async Task<List<Guid>> ModeratorsAsync(PartaDbContext db, Chat chat, CancellationToken ct) =>
        await db.ChatMembers.Where(cm => cm.ChatId == chat.Id && cm.IsAdmin).Select(cm => cm.AccountId)
            .Union(db.Memberships.Where(m => m.OrganizationId == chat.OrganizationId && m.Role == OrganizationRole.Administrator && m.DeactivatedAt == null)
                .Select(m => m.AccountId))
            .ToListAsync(ct);
}
