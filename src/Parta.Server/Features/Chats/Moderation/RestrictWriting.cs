using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-7: a moderator takes one member's right to write in the chat, for a while (up to a year) or until
/// lifted. Setting it again replaces the end. Open reports about the member in this chat count as acted on.
/// </summary>
public static class RestrictWriting
{
    public static readonly TimeSpan LongestRestriction = TimeSpan.FromDays(365);

    /// <param name="Until">When the restriction ends; null keeps it until a moderator lifts it.</param>
    public sealed record RestrictWritingRequest(DateTime? Until, string? Note);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPut("/chats/{chatId:guid}/members/{accountId:guid}/restriction", Handle).WithName(nameof(RestrictWriting)).WithSummary("Stop a member writing in a chat");

    private static async Task<Results<Ok<WritingRestrictionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, Guid accountId, RestrictWritingRequest request, HttpContext context, PartaDbContext db, ChatEvents events,
        TimeProvider clock, CancellationToken ct)
    {
        var (moderator, target, problem) = await WritingRestriction.RequireTargetAsync(db, organizationId, chatId, accountId, context.User, ct);
        if (moderator is null) return problem!;
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new FieldErrors();
        var until = request.Until is { } at ? RussianText.AsUtc(at) : WritingRestriction.UntilLifted;
        if (request.Until is not null && until <= now) errors.Add("until", ChatTexts.RestrictionInPast);
        else if (request.Until is not null && until > now + LongestRestriction) errors.Add("until", ChatTexts.RestrictionTooLong);
        var note = Input.Text(errors, "note", request.Note, Limits.Reason, required: false, allowMarkup: true);
        if (errors.Any) return Problems.Validation(errors);

        target!.WritingRestrictedUntil = until;
        var end = WritingRestriction.IsIndefinite(until) ? ChatTexts.RestrictionLogUntilLifted
            : string.Format(ChatTexts.RestrictionLogUntil, await WritingRestriction.SchoolTimeAsync(db, organizationId, until, ct));
        await ModerationRecord.LogAsync(db, moderator.Chat, moderator.Member.AccountId, ModerationActionKind.RestrictWriting, now, ct,
            targetId: accountId, note: string.IsNullOrEmpty(note) ? end : $"{end}: {note}");
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await ModerationRecord.ResolveAsync(db, chatId, moderator.Member.AccountId, now, ct, authorId: accountId);
            await transaction.CommitAsync(ct);
        }
        // The member's client re-reads its chat list and closes the composer.
        await events.ChatsChangedAsync([accountId]);
        return TypedResults.Ok(new WritingRestrictionDto(chatId, accountId, WritingRestriction.ShownEnd(until)));
    }
}
