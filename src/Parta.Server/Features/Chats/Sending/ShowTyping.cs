using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-4 «печатает…»: a member tells the chat's other members, by name, that they are typing. Nothing is stored.
/// Only someone who may write now is shown: not in a chat where they only read, nor while a moderator restricts them.
/// </summary>
public static class ShowTyping
{
    public static async Task AnnounceAsync(PartaDbContext db, ChatEvents events, TimeProvider clock, ChatContext chat, string exceptConnectionId, CancellationToken ct)
    {
        if (!chat.CanWrite || chat.IsWritingRestricted(clock.GetUtcNow().UtcDateTime)) return;
        var name = (await MessageReader.PeopleAsync(db, chat.Chat.OrganizationId, [chat.Member.AccountId], ct))
            .GetValueOrDefault(chat.Member.AccountId, MessageReader.Person.Unknown).Name;
        await events.TypingAsync(new TypingEvent(chat.Chat.Id, chat.Member.AccountId, name), exceptConnectionId);
    }
}
