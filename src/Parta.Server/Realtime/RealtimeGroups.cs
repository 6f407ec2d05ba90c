namespace Parta.Server.Realtime;

/// <summary>SignalR group names: one per chat; they cross nodes through the Redis backplane when configured.</summary>
public static class RealtimeGroups
{
    public static string Chat(Guid chatId) => $"chat:{chatId:N}";
}
