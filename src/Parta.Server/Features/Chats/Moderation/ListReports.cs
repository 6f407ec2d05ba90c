using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: the moderators' queue, newest first. The organization's administrators see every report of the
/// organization; a chat admin (a class teacher) sees the reports of the chats they administer; anyone
/// else moderates nothing and gets an empty list.
/// </summary>
public static class ListReports
{
    public const int DefaultPage = 50;
    public const int LargestPage = 200;

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/moderation/reports", Handle).ForMembers().WithName(nameof(ListReports)).WithSummary("List the reports I moderate");

    /// <param name="status">open (the default), resolved or dismissed.</param>
    /// <param name="before">Only reports made before this moment: the next page after the last one shown.</param>
    private static async Task<Results<Ok<List<MessageReportDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, string? status, DateTime? before, int? limit, PartaDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var wanted = ReportStatus.Open;
        if (!string.IsNullOrEmpty(status) && (int.TryParse(status, out _) || !Enum.TryParse(status, ignoreCase: true, out wanted) || !Enum.IsDefined(wanted)))
            errors.Add("status", Texts.BadRequest);
        var take = ModerationPaging.Limit(errors, limit);
        if (errors.Any) return Problems.Validation(errors);

        var query = db.MessageReports.AsNoTracking().Where(r => r.OrganizationId == organizationId && r.Status == wanted);
        if (!OrgAccess.IsAdministrator(caller.Membership))
            query = query.Where(r => db.ChatMembers.Any(cm => cm.ChatId == r.ChatId && cm.AccountId == caller.AccountId && cm.IsAdmin));
        if (before is { } b)
        {
            var until = RussianText.AsUtc(b);
            query = query.Where(r => r.CreatedAt < until);
        }
        var reports = await query.OrderByDescending(r => r.CreatedAt).Take(take).ToListAsync(ct);
        return TypedResults.Ok(await ToDtosAsync(db, caller.Membership, reports, ct));
    }

    public static async Task<List<MessageReportDto>> ToDtosAsync(PartaDbContext db, Membership viewer, IReadOnlyList<MessageReport> reports, CancellationToken ct)
    {
        var chatIds = reports.Select(r => r.ChatId).Distinct().ToList();
        var chats = await db.Chats.AsNoTracking().Where(c => chatIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        // Chats the viewer moderates: there they may delete and restrict, not only dismiss. The organization's
        // administrators act on every report, in the chat or not (ChatAccess.RequireModeratorAsync).
        var rows = await db.ChatMembers.Where(cm => chatIds.Contains(cm.ChatId) && cm.AccountId == viewer.AccountId)
            .Select(cm => new { cm.ChatId, cm.IsAdmin }).ToListAsync(ct);
        var inChat = rows.Select(r => r.ChatId).ToHashSet();
        var actsIn = OrgAccess.IsAdministrator(viewer) ? chatIds.ToHashSet() : rows.Where(r => r.IsAdmin).Select(r => r.ChatId).ToHashSet();
        var seqs = reports.Select(r => r.Seq).Distinct().ToList();
        var deleted = (await db.Messages.Where(m => chatIds.Contains(m.ChatId) && seqs.Contains(m.Seq) && m.DeletedAt != null)
            .Select(m => new { m.ChatId, m.Seq }).ToListAsync(ct)).Select(m => (m.ChatId, m.Seq)).ToHashSet();
        var people = await MessageReader.PeopleAsync(db, viewer.OrganizationId,
            reports.SelectMany(r => r.HandledById is { } h ? new[] { r.AuthorId, r.ReporterId, h } : [r.AuthorId, r.ReporterId]).Distinct().ToList(), ct);
        string NameOf(Guid id) => people.GetValueOrDefault(id, MessageReader.Person.Unknown).Name;
        return reports.Select(r => new MessageReportDto(
            r.Id, r.ChatId, chats.TryGetValue(r.ChatId, out var chat) ? ModerationRecord.TitleOf(chat) : "", r.Seq, r.AuthorId, NameOf(r.AuthorId),
            // Reports are anonymous to the one reported (MSG-7), even when they moderate the chat themselves.
            r.MessageText, deleted.Contains((r.ChatId, r.Seq)), r.Reason, r.Comment, r.AuthorId == viewer.AccountId ? null : NameOf(r.ReporterId), r.CreatedAt, r.Status,
            r.HandledById is { } handler ? NameOf(handler) : null, r.HandledAt, actsIn.Contains(r.ChatId), inChat.Contains(r.ChatId))).ToList();
    }
}

/// <summary>Page sizes of the moderation lists, checked alike.</summary>
public static class ModerationPaging
{
    public static int Limit(FieldErrors errors, int? limit)
    {
        if (limit is null) return ListReports.DefaultPage;
        if (limit is < 1 or > ListReports.LargestPage) errors.Add("limit", string.Format(ChatTexts.LimitRange, ListReports.LargestPage));
        return limit.Value;
    }
}
