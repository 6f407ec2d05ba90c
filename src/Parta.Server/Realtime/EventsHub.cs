using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Server.Infrastructure;

namespace Parta.Server.Realtime;

/// <summary>
/// The one realtime endpoint (/hubs/events). A connection follows the chats its person is in; every call
/// checks the organization's and the chat's door again, as the HTTP endpoints do. Errors reach the client
/// as a HubException whose message is «code: text». A frame may be much larger than any valid call
/// (<see cref="MaximumFrameBytes"/>), so an over-long message is refused as one call, with a sentence,
/// instead of closing the connection and every send queued behind it.
/// </summary>
[Authorize]
public sealed class EventsHub(PartaDbContext db, LiveConnections connections, IChatFollowing following, MessageSender sender, ChatEvents events, TimeProvider clock)
    : Hub<IEventsClient>
{
    /// <summary>
    /// The largest frame a connection accepts. A valid <c>Send</c> is at most about 6 bytes per character of
    /// <see cref="Limits.ChatMessage"/> (every character escaped) plus a few hundred bytes; 64 bytes per
    /// character leaves room for a text ten times too long in any script, which is then refused politely.
    /// A bigger frame is no message a person typed, and SignalR closes the connection for it.
    /// </summary>
    public const int MaximumFrameBytes = Limits.ChatMessage * 64;

    public override async Task OnConnectedAsync()
    {
        var me = CurrentUser.RequiredId(Context.User!);
        var chats = await following.ActiveChatsOfAsync([me], Context.ConnectionAborted);
        await connections.ConnectAsync(Context, me, DatabaseSessionStore.CurrentSessionId(Context.User!), chats.Select(c => c.ChatId));
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Disconnect(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public async Task<MessageDto> Send(Guid chatId, SendMessage.SendMessageRequest request) =>
        (await sender.SendAsync(await RequireAsync(chatId), request, Context.ConnectionAborted)).ToHub();

    public Task<List<SyncChats.SyncedChat>> Sync(IReadOnlyList<SyncChats.SyncCursor> cursors) =>
        SyncChats.SyncAsync(db, cursors, RequireAsync, Context.ConnectionAborted);

    public async Task MarkRead(Guid chatId, long seq) =>
        await Features.Chats.MarkRead.MarkAsync(db, events, await RequireAsync(chatId), seq, Context.ConnectionAborted);

    public async Task Typing(Guid chatId) =>
        await ShowTyping.AnnounceAsync(db, events, clock, await RequireAsync(chatId), Context.ConnectionId, Context.ConnectionAborted);

    private async Task<ChatContext> RequireAsync(Guid chatId)
    {
        var (chat, problem) = await ChatAccess.RequireMemberAsync(db, chatId, Context.User!, Context.ConnectionAborted);
        return chat ?? throw HubRefusal.From(problem!.ProblemDetails);
    }
}
