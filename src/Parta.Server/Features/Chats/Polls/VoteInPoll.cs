using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-5: the caller's choice replaces their earlier one (an empty list takes the vote back) while the poll
/// is open; everyone in the chat sees the counts move at once.
/// </summary>
public static class VoteInPoll
{
    public sealed record VoteRequest(IReadOnlyList<int>? Options);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPut("/polls/{pollId:guid}/vote", Handle).WithName(nameof(VoteInPoll)).WithSummary("Vote in a poll");

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, Guid pollId, VoteRequest request, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var (poll, message, missing) = await ChatPolls.FindAsync(db, chat, pollId, ct);
        if (poll is null) return missing!;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ChatPolls.IsOpen(poll, now)) return Problems.Conflict("poll_closed", ChatTexts.PollClosed);
        var errors = new FieldErrors();
        var choice = Input.Items(errors, "options", request.Options, Limits.PollOptionsCount);
        if (choice is null) return Problems.Validation(errors);
        var count = PollOptions.Split(poll.Options).Length;
        if (choice.Any(o => o < 0 || o >= count)) return Problems.Field("options", ChatTexts.PollUnknownOption);
        if (choice.Count > 1 && !poll.MultipleChoice) return Problems.Field("options", ChatTexts.PollOneOption);

        var me = chat.Member.AccountId;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.PollVotes.Where(v => v.PollId == pollId && v.AccountId == me).ExecuteDeleteAsync(ct);
            db.PollVotes.AddRange(choice.Select(option => new PollVote { Id = Guid.CreateVersion7(), PollId = pollId, Option = option, AccountId = me, VotedAt = now }));
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same person voted from another tab at the same instant; that vote stands.
                db.ChangeTracker.Clear();
            }
        }
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [message!], ct))[0];
        await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
