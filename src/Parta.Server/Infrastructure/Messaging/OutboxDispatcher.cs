using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Infrastructure.Messaging;

/// <summary>Delivers queued messages, retrying failures with back-off; a message is marked sent only after its transport accepted it.</summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, IEmailTransport email, ISmsTransport sms,
    TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxAttempts = 10;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch failed; will retry");
            }
            // A short pause lets the request that pinged commit before we look.
            await Task.Delay(TimeSpan.FromMilliseconds(50), stoppingToken);
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    internal async Task DispatchPendingAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var pending = await db.Outbox.Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt).Take(50).ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (message.Attempts > 0 && now < message.CreatedAt.AddSeconds(Math.Pow(2, message.Attempts))) continue;
            try
            {
                if (message.Channel == MessageChannel.Email) await email.SendAsync(message.To, message.Subject, message.Body, cancellationToken);
                else await sms.SendAsync(message.To, message.Body, cancellationToken);
                message.SentAt = now;
                message.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Delivery of {Channel} message {MessageId} failed", message.Channel, message.Id);
                message.LastError = e.Message.Length > Limits.Reason ? e.Message[..Limits.Reason] : e.Message;
            }
            message.Attempts++;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
