using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-3: the chat's header — its pinned messages, newest pin first.</summary>
public static class ListPins
{
    public static void Map(RouteGroupBuilder organization) =>
        organization.MapGet("/chats/{chatId:guid}/pins", Handle).WithName(nameof(ListPins)).WithSummary("List a chat's pinned messages");

    private static async Task<Results<Ok<List<MessageDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, Guid chatId, HttpContext context, PartaDbContext db, CancellationToken ct)
    {
        var (chat, problem) = await ChatAccess.RequireMemberAsync(db, organizationId, chatId, context.User, ct);
        if (chat is null) return problem!;
        return TypedResults.Ok(await ChatPins.ListAsync(db, chat, ct));
    }
}
