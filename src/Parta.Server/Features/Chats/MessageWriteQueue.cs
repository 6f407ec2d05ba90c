using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Stores sent messages in batches (group commit). One writer takes every message waiting, gives each its
/// chat's next sequence number and commits them all in one transaction.
/// <para>
/// Why: with a transaction per send, SQLite let one sender write at a time while the rest slept or queued,
/// and the messaging benchmark's profiles showed the write turn — not the work in it — setting the pace:
/// at 300 sends a second a turn held ~1.2 ms (more whenever the holder lost its core), so acknowledgements
/// waited seconds. PostgreSQL paid a commit (and a pooled connection) per send. A batch pays one commit for
/// all the messages that arrived while the previous one was written, and one thread does the writing.
/// </para>
/// A batch that fails (a retried client id meets the unique index, say) is written again message by message,
/// so one bad message fails only its own sender. Chats are numbered in id order, so writers on several nodes
/// take PostgreSQL's chat-row locks in the same order and cannot deadlock.
/// </summary>
public sealed class MessageWriteQueue(IServiceScopeFactory scopes, ILogger<MessageWriteQueue> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private sealed record Pending(Message Message, Guid MemberId, Func<Message, IEnumerable<object>>? Alongside, CancellationToken Cancelled)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly Channel<Pending> _waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Stores <paramref name="message"/> with the chat's next number (set on it) and moves the sender's read cursor
    /// (<paramref name="memberId"/>) to it. Cancelling helps only while the message still waits: once its batch has
    /// begun it is stored, and the caller must go on to announce it.
    /// </summary>
    /// <param name="alongside">Rows that travel with the message (a poll, mentions), made once its number is known.</param>
    public async Task WriteAsync(Message message, Guid memberId, Func<Message, IEnumerable<object>>? alongside, CancellationToken ct)
    {
        var pending = new Pending(message, memberId, alongside, ct);
        if (!_waiting.Writer.TryWrite(pending)) throw new OperationCanceledException("The server is stopping.");
        await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var pending))
                {
                    if (pending.Cancelled.IsCancellationRequested) pending.Done.TrySetCanceled(pending.Cancelled);
                    else batch.Add(pending);
                }
                if (batch.Count > 0) await WriteAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _waiting.Writer.TryComplete();
            while (_waiting.Reader.TryRead(out var pending)) pending.Done.TrySetCanceled(stoppingToken);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await StoreAsync(batch);
            foreach (var pending in batch) pending.Done.TrySetResult();
            return;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogDebug(e, "A batch of {Count} messages failed; writing them one by one", batch.Count);
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
            return;
        }
        foreach (var pending in batch)
        {
            try
            {
                await StoreAsync([pending]);
                pending.Done.TrySetResult();
            }
            catch (Exception e)
            {
                pending.Done.TrySetException(e);
            }
        }
    }

    private async Task StoreAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var pending in batch.OrderBy(p => p.Message.ChatId)) // stable: a chat's messages keep their order
        {
            var message = pending.Message;
            message.Seq = await NextSeqAsync(db, message.ChatId, message.CreatedAt);
            db.Messages.Add(message);
            if (pending.Alongside is not null) db.AddRange(pending.Alongside(message));
        }
        await db.SaveChangesAsync();
        // The sender has read their own message.
        foreach (var pending in batch.OrderBy(p => p.MemberId))
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"ChatMembers\" SET \"ReadSeq\" = {pending.Message.Seq} WHERE \"Id\" = {pending.MemberId} AND \"ReadSeq\" < {pending.Message.Seq}");
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Bumps and reads the chat's sequence in one statement. On PostgreSQL the update holds the chat row's lock
    /// until commit, so writers on other nodes get the following numbers.
    /// </summary>
    private static async Task<long> NextSeqAsync(PartaDbContext db, Guid chatId, DateTime now)
    {
        var bumped = db.Database.SqlQuery<long>(
            $"UPDATE \"Chats\" SET \"LastSeq\" = \"LastSeq\" + 1, \"LastMessageAt\" = {now} WHERE \"Id\" = {chatId} RETURNING \"LastSeq\" AS \"Value\"");
        await foreach (var seq in bumped.AsAsyncEnumerable()) return seq;
        throw new InvalidOperationException($"Chat {chatId} vanished while a message was being sent to it.");
    }
}
