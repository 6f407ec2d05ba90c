using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-6: the author takes back a message that has not been sent yet.</summary>
public static class CancelScheduledMessage
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/scheduled/{scheduledId:guid}", Handle).WithName(nameof(CancelScheduledMessage)).WithSummary("Cancel a scheduled message");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        ChatContext chat, Guid chatId, Guid scheduledId, PartaDbContext db, CancellationToken ct)
    {
        var removed = await db.ScheduledMessages.Where(m => m.Id == scheduledId && m.ChatId == chatId && m.SenderId == chat.Member.AccountId).ExecuteDeleteAsync(ct);
        // Already sent (or never the caller's): nothing waits under that id any more.
        return removed == 0 ? Problems.NotFound("scheduled_not_found", ChatTexts.ScheduledNotFound) : TypedResults.NoContent();
    }
}
