using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-5: in an open (not anonymous) poll, every member of the chat sees who chose what — except in a large chat,
/// where the names are for its admins and the school's administrators and the others see the counts (<see cref="LargeAudience"/>).
/// </summary>
public static class ListPollVoters
{
    public sealed record OptionVotersDto(int Index, IReadOnlyList<string> Names);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/polls/{pollId:guid}/voters", Handle).WithName(nameof(ListPollVoters)).WithSummary("Who voted for what in a poll");

    private static async Task<Results<Ok<List<OptionVotersDto>>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid pollId, PartaDbContext db, CancellationToken ct)
    {
        var (poll, _, missing) = await ChatPolls.FindAsync(db, chat, pollId, ct);
        if (poll is null) return missing!;
        if (poll.Anonymous) return Problems.Of(StatusCodes.Status403Forbidden, "poll_anonymous", ChatTexts.PollAnonymous);
        if (!await LargeAudience.MaySeeNamesAsync(db, chat, ct)) return Problems.Of(StatusCodes.Status403Forbidden, "large_chat", ChatTexts.LargeChatNames);
        var votes = await (from v in db.PollVotes
                           join a in db.Users on v.AccountId equals a.Id
                           where v.PollId == pollId
                           select new { v.Option, a.FullName }).ToListAsync(ct);
        return TypedResults.Ok(PollOptions.Split(poll.Options)
            .Select((_, i) => new OptionVotersDto(i, [.. votes.Where(v => v.Option == i).Select(v => v.FullName).Order(RussianText.Order)])).ToList());
    }
}
