using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-2/MSG-7: a chat admin removes a member of a group chat, or a member leaves it. The removed person's
/// connections leave the chat's group at once: nothing more of it reaches them.
/// </summary>
public static class RemoveChatMember
{
    public static void Map(RouteGroupBuilder chat) =>
        chat.MapDelete("/members/{accountId:guid}", Handle).WithName(nameof(RemoveChatMember)).WithSummary("Remove a member from a chat (or leave it)");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid organizationId, ChatContext chat, Guid chatId, Guid accountId, PartaDbContext db, ChatEvents events, TimeProvider clock, CancellationToken ct)
    {
        if (chat.Chat.Kind != ChatKind.Group) return Problems.Conflict("roster_chat", ChatTexts.RosterChat);
        // BEY-3: a companion the school's rule put in stays; only the school's administrators change who is in it.
        if (SupervisedChats.Is(chat.Chat) && !chat.CanModerate) return Problems.Conflict("supervised_chat", ChatTexts.SupervisedMembers);
        if (accountId != chat.Member.AccountId && !chat.CanModerate) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", ChatTexts.NotChatAdmin);
        var remaining = await db.ChatMembers.Where(m => m.ChatId == chatId && m.AccountId != accountId).Select(m => m.AccountId).Take(3).ToListAsync(ct);
        if (await SupervisedChats.WouldBePrivateAsync(db, organizationId, remaining, ct))
            return Problems.Conflict("supervised_chat_required", ChatTexts.SupervisedOnly);
        var me = chat.Member.AccountId;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var removed = await db.ChatMembers.Where(m => m.ChatId == chatId && m.AccountId == accountId).ExecuteDeleteAsync(ct);
            if (removed == 0) return Problems.NotFound("member_not_found", ChatTexts.PersonNotFound);
            // A moderator removing someone else is a moderation action: logged, and the reports about that person here answered.
            if (accountId != me)
            {
                await ModerationRecord.LogAsync(db, chat.Chat, me, ModerationActionKind.RemoveMember, now, ct, targetId: accountId);
                await db.SaveChangesAsync(ct);
                await ModerationRecord.ResolveAsync(db, chatId, me, now, ct, authorId: accountId);
            }
            await transaction.CommitAsync(ct);
        }
        await events.PeopleChangedAsync([accountId]);
        return TypedResults.NoContent();
    }
}
