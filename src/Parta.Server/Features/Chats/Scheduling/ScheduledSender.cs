using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Sends scheduled messages when they are due. Each is sent through the same door and the same
/// <see cref="MessageSender"/> as a message typed at that moment: if its author has left the chat or may no
/// longer write, it is dropped. The author's client id makes a send that two nodes race on stored once.
/// </summary>
public sealed class ScheduledSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ScheduledMessageOptions> options, ILogger<ScheduledSender> logger) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.ScheduledCheckSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == Batch) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending scheduled messages failed; will retry");
            }
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    private async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<MessageSender>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledMessages.AsNoTracking().Where(m => m.SendAt <= now).OrderBy(m => m.SendAt).Take(Batch).ToListAsync(ct);
        foreach (var scheduled in due)
        {
            // The author, as the door sees them now (not as they were when they scheduled it).
            var (chat, _) = await ChatAccess.RequireMemberAsync(db, scheduled.ChatId, scheduled.SenderId, ct);
            if (chat is not null)
            {
                var outcome = await sender.SendAsync(chat, new SendMessage.SendMessageRequest(scheduled.ClientId, scheduled.Text, null, scheduled.RequiresAcknowledgement), ct);
                if (outcome is SendOutcome.Invalid or SendOutcome.Refused) logger.LogInformation("Scheduled message {Id} was refused at sending time and is dropped", scheduled.Id);
            }
            else logger.LogInformation("Scheduled message {Id}: its author is no longer in the chat; dropped", scheduled.Id);
            db.ChangeTracker.Clear();
            await db.ScheduledMessages.Where(m => m.Id == scheduled.Id).ExecuteDeleteAsync(ct);
        }
        return due.Count;
    }
}
