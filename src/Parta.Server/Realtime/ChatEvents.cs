using Microsoft.AspNetCore.SignalR;
using Parta.Server.Features.Chats;

namespace Parta.Server.Realtime;

/// <summary>
/// Chat events, pushed only after the change is committed, to the chat's SignalR group (its members'
/// connections, kept by <see cref="LiveConnections"/>). docs/realtime-events.md lists each one.
/// </summary>
public sealed class ChatEvents(IHubContext<EventsHub, IEventsClient> hub, IRealtimeBus bus)
{
    public Task MessageCreatedAsync(MessageDto message) => hub.Clients.Group(RealtimeGroups.Chat(message.ChatId)).Message(message);

    public Task MessageChangedAsync(MessageDto message) => hub.Clients.Group(RealtimeGroups.Chat(message.ChatId)).MessageChanged(message);

    public Task ReadAsync(ReadEvent read) => hub.Clients.Group(RealtimeGroups.Chat(read.ChatId)).Read(read);

    public Task TypingAsync(TypingEvent typing, string exceptConnectionId) =>
        hub.Clients.GroupExcept(RealtimeGroups.Chat(typing.ChatId), exceptConnectionId).Typing(typing);

    /// <summary>The chat's title or rules changed: its members fetch their list again.</summary>
    public Task ChatChangedAsync(Guid chatId) => hub.Clients.Group(RealtimeGroups.Chat(chatId)).ChatsChanged();

    public Task PinsChangedAsync(Guid chatId) => hub.Clients.Group(RealtimeGroups.Chat(chatId)).PinsChanged(chatId);

    public Task AcknowledgedAsync(AcknowledgedEvent acknowledged) => hub.Clients.Group(RealtimeGroups.Chat(acknowledged.ChatId)).Acknowledged(acknowledged);

    public Task CommentAddedAsync(CommentEvent added) => hub.Clients.Group(RealtimeGroups.Chat(added.Comment.ChatId)).CommentAdded(added);

    public Task CommentDeletedAsync(CommentEvent deleted) => hub.Clients.Group(RealtimeGroups.Chat(deleted.Comment.ChatId)).CommentDeleted(deleted);

    /// <summary>To these people's own connections (the account id is the SignalR user id), on every node.</summary>
    public Task RemindAsync(IReadOnlyList<Guid> accountIds, AcknowledgementReminderEvent reminder) =>
        hub.Clients.Users(accountIds.Select(id => id.ToString()).ToList()).AcknowledgementReminder(reminder);

    /// <summary>These people joined or left chats, or their sessions ended: every node re-reads them.</summary>
    public Task PeopleChangedAsync(IReadOnlyCollection<Guid> accountIds) => bus.RefreshAccountsAsync(accountIds);
}
