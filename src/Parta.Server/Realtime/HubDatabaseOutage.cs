using Microsoft.AspNetCore.SignalR;
using Parta.Server.Infrastructure;

namespace Parta.Server.Realtime;

/// <summary>
/// The realtime side of <see cref="DatabaseAvailability"/>: while the database cannot be reached, a call is refused
/// with «database_unavailable: …» — the web client shows «переподключаемся» and sends again — instead of SignalR's
/// untyped «An unexpected error occurred» for every send. A send refused so may still have been stored (the outage
/// began during its commit); sent again with its client id, it is answered with its first number.
/// </summary>
public sealed class HubDatabaseOutage(DatabaseAvailability availability) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (availability.IsDown) throw Refusal();
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (availability.Noticed(e))
        {
            throw Refusal();
        }
    }

    /// <summary>
    /// A connection that cannot read its chats is closed, without the error entry SignalR logs for a failed
    /// <c>OnConnectedAsync</c>: its client connects again, as after any dropped connection.
    /// </summary>
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (availability.Noticed(e))
        {
            context.Context.Abort();
        }
    }

    private static HubException Refusal() => new($"{DatabaseAvailability.Code}: {Texts.DatabaseUnavailable}");
}
