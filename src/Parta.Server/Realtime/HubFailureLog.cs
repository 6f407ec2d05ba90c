using Microsoft.AspNetCore.SignalR;

namespace Parta.Server.Realtime;

/// <summary>
/// Logs a realtime call that failed — not one that was refused. SignalR's dispatcher logs every call ending in an
/// exception as an error with its stack trace, a <see cref="HubException"/> too, and that is how this hub refuses
/// (<c>chat_not_found</c>, <c>database_unavailable</c>: answers the client shows, not failures). With PostgreSQL
/// stopped, the clients' retries filled the log with them (issue 18). So the dispatcher's errors are not logged
/// (<see cref="PartaApp"/>), and this filter logs every other exception, as the dispatcher would have.
/// </summary>
public sealed class HubFailureLog(ILogger<HubFailureLog> logger) : IHubFilter
{
    /// <summary>The dispatcher's log category, whose errors this filter stands in for.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (e is not HubException && !invocation.Context.ConnectionAborted.IsCancellationRequested)
        {
            logger.LogError(e, "Failed to invoke hub method '{HubMethod}'", invocation.HubMethodName);
            throw;
        }
    }
}
