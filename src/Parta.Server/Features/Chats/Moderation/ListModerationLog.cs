using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-7: the organization's moderation audit log, newest first, for its administrators only.</summary>
public static class ListModerationLog
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/moderation/log", Handle).ForAdministrators().WithName(nameof(ListModerationLog)).WithSummary("List the moderation log");

    /// <param name="before">Only entries written before this moment: the next page after the last one shown.</param>
    private static async Task<Results<Ok<List<ModerationLogEntryDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, DateTime? before, int? limit, PartaDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var take = ModerationPaging.Limit(errors, limit);
        if (errors.Any) return Problems.Validation(errors);
        var query = db.ModerationLog.AsNoTracking().Where(e => e.OrganizationId == organizationId);
        if (before is { } b)
        {
            var until = RussianText.AsUtc(b);
            query = query.Where(e => e.CreatedAt < until);
        }
        return TypedResults.Ok(await query.OrderByDescending(e => e.CreatedAt).Take(take)
            .Select(e => new ModerationLogEntryDto(e.Id, e.ChatId, e.ChatTitle, e.ActorName, e.Action, e.TargetAccountId, e.TargetName, e.Seq, e.ReportId, e.Note, e.CreatedAt))
            .ToListAsync(ct));
    }
}
