using Microsoft.AspNetCore.SignalR;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Chat events, pushed only after the change is committed, to the chat's SignalR group (its members'
/// connections, kept by <see cref="LiveConnections"/>). docs/realtime-events.md lists each one.
/// </summary>
public sealed class ChatEvents(IHubContext<EventsHub, IEventsClient> hub, IRealtimeBus bus, ILogger<ChatEvents> logger)
{
    private readonly object[] _chatLocks = [.. Enumerable.Range(0, 64).Select(_ => new object())];

    public Task MessageCreatedAsync(MessageDto message) => FanOut(message.ChatId, chat => chat.Message(message));

    public Task MessageChangedAsync(MessageDto message) => FanOut(message.ChatId, chat => chat.MessageChanged(message));

    /// <summary>
    /// Hands a message to every connection of the chat without waiting for slow readers: SignalR queues it on
    /// each connection synchronously, and the sender's call returns once it is queued. Waiting for the
    /// slowest of 10,000 channel readers held the poster's next call for ~0.4 s (the channel benchmark).
    /// The per-chat lock around the queueing keeps every connection's copy of one chat in sending order.
    /// </summary>
    private Task FanOut(Guid chatId, Func<IEventsClient, Task> send)
    {
        Task queued;
        lock (_chatLocks[(chatId.GetHashCode() & int.MaxValue) % _chatLocks.Length])
            queued = send(hub.Clients.Group(RealtimeGroups.Chat(chatId)));
        if (!queued.IsCompletedSuccessfully)
            _ = queued.ContinueWith(t => logger.LogWarning(t.Exception, "Delivering an event of chat {ChatId} failed", chatId),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return Task.CompletedTask;
    }

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

    /// <summary>Something of these people's own chat list changed (a moderator's restriction): they fetch the list again.</summary>
    public Task ChatsChangedAsync(IReadOnlyList<Guid> accountIds) =>
        hub.Clients.Users(accountIds.Select(id => id.ToString()).ToList()).ChatsChanged();

    /// <summary>MSG-7: a member reported a message, to the chat's moderators' own connections.</summary>
    public Task MessageReportedAsync(IReadOnlyList<Guid> moderatorIds, MessageReportedEvent reported) =>
        hub.Clients.Users(moderatorIds.Select(id => id.ToString()).ToList()).MessageReported(reported);

    /// <summary>These people joined or left chats, or their sessions ended: every node re-reads them.</summary>
    public Task PeopleChangedAsync(IReadOnlyCollection<Guid> accountIds) => bus.RefreshAccountsAsync(accountIds);
}
