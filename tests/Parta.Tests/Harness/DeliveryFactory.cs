using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Chats;

namespace Parta.Tests.Harness;

/// <summary>
/// A server for delivery faults: it can cut a sender's realtime connection the moment the transaction that stored
/// their message commits (<see cref="Cutter"/>), and it keeps every error-level log entry (<see cref="Errors"/>).
/// </summary>
public sealed class DeliveryFactory : PartaFactory
{
    public SendCutter Cutter { get; } = new();
    public ErrorLog Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Errors);
            services.Configure<HubOptions>(options => options.AddFilter(Cutter));
            services.ConfigureDbContext<PartaDbContext>(options => options.AddInterceptors(Cutter));
        });
    }
}

/// <summary>
/// Aborts the connection that sent a message (named by its client id) right after the commit that stored it and
/// before the sender's call goes on: a phone on a train losing its connection at the worst moment, made certain.
/// </summary>
public sealed class SendCutter : DbTransactionInterceptor, IHubFilter
{
    private readonly ConcurrentDictionary<Guid, HubCallerContext> _senders = new();
    private Guid? _armed;

    public void CutAfterCommitOf(Guid clientId) => _armed = clientId;

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocation.HubMethodName == "Send" && invocation.HubMethodArguments[1] is SendMessage.SendMessageRequest { ClientId: { } clientId })
            _senders[clientId] = invocation.Context;
        return next(invocation);
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_armed is not { } clientId || eventData.Context is null) return;
        if (!eventData.Context.ChangeTracker.Entries<Message>().Any(e => e.Entity.ClientId == clientId) || !_senders.TryGetValue(clientId, out var sender)) return;
        _armed = null;
        // Abort signals ConnectionAborted from the thread pool: waiting for it means the sender resumes with its token cancelled.
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = sender.ConnectionAborted.Register(() => aborted.TrySetResult());
        sender.Abort();
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }
}

/// <summary>Every log entry at Error or above, as «category: message».</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue($"{category}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name})")}");
        }
    }
}
