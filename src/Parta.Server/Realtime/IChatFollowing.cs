namespace Parta.Server.Realtime;

/// <summary>
/// Which chats people follow right now: their connections belong in those chats' groups (<see cref="RealtimeGroups"/>).
/// The Chats area answers from the database, the truth; the plumbing asks and knows none of the area's rules.
/// </summary>
public interface IChatFollowing
{
    Task<List<(Guid AccountId, Guid ChatId)>> ActiveChatsOfAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct);
}
