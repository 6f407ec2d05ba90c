using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.People;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>MSG-2: the chat's moderators see every link of the chat; another member who may invite sees their own.</summary>
public static class ListChatInviteLinks
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapGet("/invite-links", Handle).WithName(nameof(ListChatInviteLinks)).WithSummary("List a chat's invitation links");

    private static async Task<Results<Ok<List<ChatInviteLinkDto>>, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (ChatInviteLinks.RefuseUnlessGroup(chat.Chat) is { } notGroup) return notGroup;
        if (!ChatInviteLinks.MayInvite(chat)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);

        var me = chat.Member.AccountId;
        var everyLink = chat.CanModerate;
        var links = await db.ChatInviteLinks.AsNoTracking()
            .Where(l => l.ChatId == chatId && (everyLink || l.CreatedById == me))
            .OrderByDescending(l => l.CreatedAt).ToListAsync(ct);
        var creators = await MessageReader.PeopleAsync(db, organizationId, links.Select(l => l.CreatedById).Distinct().ToList(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // A link whose maker may no longer invite admits nobody, so the list says so instead of «active».
        // A chat's links come from a handful of people: one door per maker.
        var makersWhoMayInvite = new HashSet<Guid>();
        foreach (var makerId in links.Where(l => ChatInviteLinks.StateOf(l, now) == JoinLinkState.Active).Select(l => l.CreatedById).Distinct())
            if (makerId == me || await ChatInviteLinks.MayStillInviteAsync(db, chatId, makerId, ct)) makersWhoMayInvite.Add(makerId);
        return TypedResults.Ok(links
            .Select(l => ChatInviteLinks.ToDto(l, creators.GetValueOrDefault(l.CreatedById, MessageReader.Person.Unknown).Name, now,
                makerMayInvite: makersWhoMayInvite.Contains(l.CreatedById)))
            .ToList());
    }
}
