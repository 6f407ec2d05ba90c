using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-2: a member of the organization joins a group chat through its invitation link. The use is counted
/// with a conditional update in the joining transaction, so a link with one use left admits one person
/// however many press «Вступить» at once. Someone already in the chat just opens it; no use is counted.
/// </summary>
public static class JoinChatByInvite
{
    public static void Map(RouteGroupBuilder chatInvites) =>
        chatInvites.MapPost("/{token}/join", Handle).WithName(nameof(JoinChatByInvite)).WithSummary("Join a chat through an invitation link");

    private static async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ProblemHttpResult>> Handle(
        string token, HttpContext context, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var now = clock.GetUtcNow().UtcDateTime;
        var (link, membership, problem) = await ChatInviteLinks.AdmitAsync(db, token, me, now, ct);
        if (link is null) return problem!;
        var chatId = link.ChatId;
        if (await db.ChatMembers.AnyAsync(m => m.ChatId == chatId && m.AccountId == me, ct))
            return TypedResults.Ok(await SummaryAsync(db, membership!, chatId, now, ct));

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var counted = await db.ChatInviteLinks
                .Where(l => l.Id == link.Id && l.RevokedAt == null && (l.ExpiresAt == null || l.ExpiresAt > now) && (l.MaxUses == null || l.Uses < l.MaxUses))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Uses, l => l.Uses + 1), ct);
            if (counted == 0)
            {
                // Someone else took the last use, or the link was revoked a moment ago: say which.
                var current = await db.ChatInviteLinks.AsNoTracking().FirstAsync(l => l.Id == link.Id, ct);
                return ChatInviteLinks.RefusalFor(ChatInviteLinks.StateOf(current, now)) ?? ChatInviteLinks.RefusalFor(People.JoinLinkState.UsedUp)!;
            }
            var chat = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == chatId, ct);
            db.ChatMembers.Add(ChatMembership.Newcomer(chat, me, now));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person joined from another tab a moment ago; that join stands and this one counted nothing.
            db.ChangeTracker.Clear();
            if (!await db.ChatMembers.AnyAsync(m => m.ChatId == chatId && m.AccountId == me, ct)) throw;
            return TypedResults.Ok(await SummaryAsync(db, membership!, chatId, now, ct));
        }

        await events.PeopleChangedAsync([me]);
        await events.ChatChangedAsync(chatId);
        return TypedResults.Created($"/api/organizations/{link.OrganizationId}/chats/{chatId}", await SummaryAsync(db, membership!, chatId, now, ct));
    }

    private static async Task<ChatSummaryDto> SummaryAsync(PartaDbContext db, Data.Entities.Membership membership, Guid chatId, DateTime now, CancellationToken ct) =>
        (await ListChats.SummariesAsync(db, membership, chatId, now, ct)).Single();
}
