namespace Parta.Server.Realtime;

/// <summary>SignalR group names: one per chat; with Redis, an event to a group is relayed to the same group on every node (<see cref="RelayedHubLifetimeManager"/>).</summary>
public static class RealtimeGroups
{
    public static string Chat(Guid chatId) => $"chat:{chatId:N}";
}
