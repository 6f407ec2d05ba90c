using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3: the chat's header — its pinned messages, newest pin first.</summary>
public static class ListPins
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/pins", Handle).WithName(nameof(ListPins)).WithSummary("List a chat's pinned messages");

    private static async Task<Results<Ok<List<MessageDto>>, ProblemHttpResult>> Handle(
        ChatContext chat, PartaDbContext db, CancellationToken ct)
    {
        return TypedResults.Ok(await ChatPins.ListAsync(db, chat, ct));
    }
}
