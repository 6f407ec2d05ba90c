using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-5: the poll's author or a chat admin ends voting early; the results stay.</summary>
public static class ClosePoll
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPost("/polls/{pollId:guid}/close", Handle).WithName(nameof(ClosePoll)).WithSummary("Close a poll");

    private static async Task<Results<Ok<MessageDto>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid pollId, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var (poll, message, missing) = await ChatPolls.FindAsync(db, chat, pollId, ct);
        if (poll is null) return missing!;
        if (message!.SenderId != chat.Member.AccountId && !chat.CanModerate) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotSenderOrAdmin);
        if (poll.ClosedAt is null)
        {
            poll.ClosedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [message], ct))[0];
        await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
