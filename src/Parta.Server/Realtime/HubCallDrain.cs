using Microsoft.AspNetCore.SignalR;

namespace Parta.Server.Realtime;

/// <summary>
/// Lets the realtime calls in progress finish when the server is asked to stop (SIGTERM), before SignalR closes
/// the connections. SignalR closes every connection as soon as the application starts stopping, which cancels
/// the calls still running on them: a message already stored went unanswered, and its sender, not knowing,
/// sent it again after the restart (the crash tests, issue 18). So stopping first waits — a bounded time — for
/// the calls under way; a call arriving once stopping has begun is not started but closes its connection, and
/// its client sends it again to the next server, as it would any call a closing connection cut off.
/// </summary>
public sealed class HubCallDrain(ILogger<HubCallDrain> logger) : IHubFilter
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FlushGrace = TimeSpan.FromMilliseconds(300);
    private readonly CancellationTokenSource _stopping = new();
    private int _running;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Interlocked.Increment(ref _running);
        if (_stopping.IsCancellationRequested)
        {
            // Not started: the connection closes now, unanswered, and the client asks again of the next server.
            // (Holding the call instead would hold SignalR's close of the connection, which waits for it.)
            Interlocked.Decrement(ref _running);
            invocation.Context.Abort();
            throw new OperationCanceledException("The server is stopping.");
        }
        try
        {
            return await next(invocation);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>Called as the application starts stopping, before SignalR closes the connections: blocks until the calls under way are done.</summary>
    public void Drain()
    {
        _stopping.Cancel();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref _running) > 0 && waited.Elapsed < Limit) Thread.Sleep(10);
        if (waited.Elapsed >= Limit) logger.LogWarning("Stopping with {Count} realtime calls still running after {Seconds} s", Volatile.Read(ref _running), Limit.TotalSeconds);
        // A call's answer is written to its connection after the call returns, and SignalR's close drops what is not
        // sent yet: the drain test on PostgreSQL lost one answer so. A moment more lets the last answers leave.
        Thread.Sleep(FlushGrace);
    }
}
