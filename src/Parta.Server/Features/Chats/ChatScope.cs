using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// The routes of one chat, <c>/api/organizations/{organizationId}/chats/{chatId}/…</c>. The chat's door
/// (<see cref="ChatAccess"/>) is a step every request of the scope passes once, before its handler
/// (<see cref="RouteDoors"/>): outsiders hear what the door says, members reach the handler, which receives their
/// <see cref="ChatContext"/> as a parameter.
/// </summary>
public static class ChatScope
{
    public static RouteGroupBuilder MapChatScope(this RouteGroupBuilder organization) =>
        organization.MapGroup("/chats/{chatId:guid}").WithDoor(MemberDoor.Instance);

    private sealed class MemberDoor : IRouteDoor
    {
        public static readonly MemberDoor Instance = new();

        public async ValueTask<IResult?> PassAsync(HttpContext context)
        {
            // The route's constraints let only Guids this far.
            var route = context.Request.RouteValues;
            var (chat, problem) = await ChatAccess.RequireMemberAsync(context.RequestServices.GetRequiredService<PartaDbContext>(),
                Guid.Parse((string)route["organizationId"]!), Guid.Parse((string)route["chatId"]!), context.User, context.RequestAborted);
            if (chat is null) return problem;
            context.Features.Set(chat);
            return null;
        }
    }
}
