using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-2: a leaked or no longer needed link stops admitting anyone; people who joined through it stay.</summary>
public static class RevokeChatInviteLink
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/invite-links/{linkId:guid}", Handle).WithName(nameof(RevokeChatInviteLink)).WithSummary("Revoke a chat invitation link");

    private static async Task<Results<Ok<ChatInviteLinkDto>, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, Guid linkId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var link = await db.ChatInviteLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.ChatId == chatId, ct);
        if (link is null) return Problems.NotFound("invite_link_not_found", ChatTexts.InviteLinkNotFound);
        if (link.CreatedById != chat.Member.AccountId && !chat.CanModerate)
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.InviteLinkNotYours);

        var now = clock.GetUtcNow().UtcDateTime;
        link.RevokedAt ??= now;
        await db.SaveChangesAsync(ct);
        var creator = (await MessageReader.PeopleAsync(db, organizationId, [link.CreatedById], ct)).GetValueOrDefault(link.CreatedById, MessageReader.Person.Unknown);
        return TypedResults.Ok(ChatInviteLinks.ToDto(link, creator.Name, now));
    }
}
