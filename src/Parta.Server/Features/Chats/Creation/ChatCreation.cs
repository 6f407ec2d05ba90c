using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// What every kind of chat does once it is allowed: a chat with a unique key that already exists is
/// returned (200), otherwise the chat and its first members are stored (201), its roster filled in, and
/// the people in it told. The creator is always among the first members, so they can open what they made;
/// an allowed caller opening a chat someone else made first (an administrator opening the class teacher's
/// class chat) joins it the same way, as a newcomer to its history.
/// </summary>
public sealed class ChatCreation(PartaDbContext db, ChatRoster roster, ChatEvents events, TimeProvider clock)
{
    public async Task<Results<Created<ChatSummaryDto>, Ok<ChatSummaryDto>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        Membership creator, Chat chat, IReadOnlyCollection<ChatMember> members, CancellationToken ct)
    {
        var existing = await FindAsync(chat, ct);
        if (existing is not null) return TypedResults.Ok(await JoinedSummaryAsync(creator, existing.Value, members, ct));
        db.Chats.Add(chat);
        db.ChatMembers.AddRange(members);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) when (chat.UniqueKey is not null)
        {
            // Someone opened the same chat a moment ago.
            db.ChangeTracker.Clear();
            return TypedResults.Ok(await JoinedSummaryAsync(creator, (await FindAsync(chat, ct))!.Value, members, ct));
        }
        var changed = new HashSet<Guid>(members.Select(m => m.AccountId));
        if (chat.Kind is ChatKind.Class or ChatKind.Team) changed.UnionWith(await roster.ReconcileAsync(chat.OrganizationId, null, ct));
        await events.PeopleChangedAsync(changed);
        return TypedResults.Created($"/api/organizations/{chat.OrganizationId}/chats/{chat.Id}", await SummaryAsync(creator, chat.Id, ct));
    }

    private async Task<Guid?> FindAsync(Chat chat, CancellationToken ct) =>
        chat.UniqueKey is null ? null
            : await db.Chats.Where(c => c.OrganizationId == chat.OrganizationId && c.UniqueKey == chat.UniqueKey).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);

    /// <summary>The existing chat as the caller sees it, after putting them in it if they were not (with the rights their own chat would have given them).</summary>
    private async Task<ChatSummaryDto> JoinedSummaryAsync(Membership creator, Guid chatId, IReadOnlyCollection<ChatMember> members, CancellationToken ct)
    {
        if (!await db.ChatMembers.AnyAsync(cm => cm.ChatId == chatId && cm.AccountId == creator.AccountId, ct))
        {
            var existing = await db.Chats.AsNoTracking().FirstAsync(c => c.Id == chatId, ct);
            var member = ChatMembership.Newcomer(existing, creator.AccountId, clock.GetUtcNow().UtcDateTime);
            member.IsAdmin = members.Any(m => m.AccountId == creator.AccountId && m.IsAdmin);
            db.ChatMembers.Add(member);
            try
            {
                await db.SaveChangesAsync(ct);
                await events.PeopleChangedAsync([creator.AccountId]);
            }
            catch (DbUpdateException)
            {
                // The same person pressed twice at once: the other request put them in.
                db.ChangeTracker.Clear();
            }
        }
        return await SummaryAsync(creator, chatId, ct);
    }

    private async Task<ChatSummaryDto> SummaryAsync(Membership creator, Guid chatId, CancellationToken ct) =>
        (await ListChats.SummariesAsync(db, creator, chatId, clock.GetUtcNow().UtcDateTime, ct)).Single();
}

/// <summary>A new chat row, filled in the same way by every kind.</summary>
public static class NewChat
{
    public static ChatMember Member(Chat chat, Guid accountId, bool admin, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), OrganizationId = chat.OrganizationId, ChatId = chat.Id, AccountId = accountId, IsAdmin = admin, JoinedAt = now,
    };
}
