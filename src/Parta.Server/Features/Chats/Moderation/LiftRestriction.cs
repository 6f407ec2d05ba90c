using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-7: a moderator gives a restricted member their right to write back, before its end.</summary>
public static class LiftRestriction
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapDelete("/chats/{chatId:guid}/members/{accountId:guid}/restriction", Handle).WithName(nameof(LiftRestriction)).WithSummary("Let a member write again");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, Guid accountId, HttpContext context, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var (moderator, target, problem) = await WritingRestriction.RequireTargetAsync(db, organizationId, chatId, accountId, context.User, ct);
        if (moderator is null) return problem!;
        var now = clock.GetUtcNow().UtcDateTime;
        // Lifting what is not there (never set, or already over) changes nothing and logs nothing.
        if (target!.WritingRestrictedUntil <= now || target.WritingRestrictedUntil is null) return TypedResults.NoContent();
        target.WritingRestrictedUntil = null;
        await ModerationRecord.LogAsync(db, moderator.Chat, moderator.Member.AccountId, ModerationActionKind.LiftRestriction, now, ct, targetId: accountId);
        await db.SaveChangesAsync(ct);
        await events.ChatsChangedAsync([accountId]);
        return TypedResults.NoContent();
    }
}
