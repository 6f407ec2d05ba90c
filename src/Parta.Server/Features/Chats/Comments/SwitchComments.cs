using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-1: the channel's administrators open or close comments on a post. Closing keeps the comments
/// readable and only stops new ones; every member sees the post change at once.
/// </summary>
public static class SwitchComments
{
    public sealed record SwitchCommentsRequest(bool? Enabled);

    public static void Map(RouteGroupBuilder chat) =>
        chat.MapPut("/messages/{seq:long}/comments", Handle).WithName(nameof(SwitchComments)).WithSummary("Turn comments on a post on or off");

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChatContext chat, long seq, SwitchCommentsRequest request, PartaDbContext db, ChatEvents events, CancellationToken ct)
    {
        var (post, missing) = await CommentThread.PostAsync(db, chat, seq, ct);
        if (post is null) return missing!;
        if (!chat.CanModerate) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);
        if (request.Enabled is not { } enabled) return Problems.Field("enabled", Texts.Required);

        var changed = post.CommentsEnabled != enabled;
        post.CommentsEnabled = enabled;
        await db.SaveChangesAsync(ct);
        var dto = (await MessageReader.ToDtosAsync(db, chat.Chat, [post], ct))[0];
        if (changed) await events.MessageChangedAsync(dto);
        return TypedResults.Ok(dto);
    }
}
