using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-6: the caller's own messages waiting to be sent in this chat, soonest first.</summary>
public static class ListScheduledMessages
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/scheduled", Handle).WithName(nameof(ListScheduledMessages)).WithSummary("List my scheduled messages in a chat");

    private static async Task<Results<Ok<List<ScheduleMessage.ScheduledMessageDto>>, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, PartaDbContext db, CancellationToken ct)
    {
        var waiting = await db.ScheduledMessages.AsNoTracking().Where(m => m.ChatId == chatId && m.SenderId == chat.Member.AccountId)
            .OrderBy(m => m.SendAt).ToListAsync(ct);
        return TypedResults.Ok(waiting.Select(ScheduleMessage.ScheduledMessageDto.Of).ToList());
    }
}
