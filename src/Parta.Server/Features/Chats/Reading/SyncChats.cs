using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-4 after a reconnect (the hub's <c>Sync</c>): for each chat, exactly the messages after the highest number the
/// client holds without a hole, a page at a time (<c>Complete</c> false: ask again). Each chat passes the door on its own.
/// </summary>
public static class SyncChats
{
    public sealed record SyncCursor(Guid ChatId, long AfterSeq);

    public sealed record SyncedChat(Guid ChatId, IReadOnlyList<MessageDto> Messages, bool Complete);

    /// <param name="door">The caller's membership of a chat, or the refusal thrown as the caller's protocol wants it.</param>
    public static async Task<List<SyncedChat>> SyncAsync(PartaDbContext db, IReadOnlyList<SyncCursor> cursors, Func<Guid, Task<ChatContext>> door, CancellationToken ct)
    {
        var result = new List<SyncedChat>(cursors.Count);
        foreach (var cursor in cursors.DistinctBy(c => c.ChatId))
        {
            var chat = await door(cursor.ChatId);
            var (messages, complete) = await ListMessages.AfterAsync(db, chat, cursor.AfterSeq, ct);
            result.Add(new SyncedChat(cursor.ChatId, messages, complete));
        }
        return result;
    }
}
