using Parta.Data;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Chats;

/// <summary>The chats whose groups people's connections join: those the chat door lets them into.</summary>
public sealed class ChatFollowing(PartaDbContext db) : IChatFollowing
{
    public Task<List<(Guid AccountId, Guid ChatId)>> ActiveChatsOfAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct) =>
        ChatAccess.ActiveChatsOfAsync(db, accountIds, ct);
}
