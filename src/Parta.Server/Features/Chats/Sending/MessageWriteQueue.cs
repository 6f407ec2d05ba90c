using System.Threading.Channels;
using Parta.Server.Infrastructure;
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
/// A batch is five statements whatever its size (retried client ids, numbers, rows, read cursors, commit). A batch
/// that fails (another node stored a retried client id a moment before, say) is written again message by message,
/// so one bad message fails only its own sender. Once committed, the batch's messages are listed with the
/// <see cref="MessageAnnouncer"/>, which announces them in number order.
/// </summary>
public sealed class MessageWriteQueue(IServiceScopeFactory scopes, MessageAnnouncer announcer, ILogger<MessageWriteQueue> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private sealed record Pending(Message Message, Guid MemberId, Func<Message, IEnumerable<object>>? Alongside, CancellationToken Cancelled)
    {
        /// <summary>The stored message: this one, or the one stored before under the same client id.</summary>
        public TaskCompletionSource<Message> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly Channel<Pending> _waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Stores <paramref name="message"/> with the chat's next number (set on it), moves the sender's read cursor
    /// (<paramref name="memberId"/>) to it and returns it — unless the sender stored a message under the same client
    /// id before (a retry): then that one is returned and nothing is stored. Cancelling helps only while the message
    /// still waits: once its batch has begun it is stored, and the caller must go on to announce it or give it up
    /// (<see cref="MessageAnnouncer"/>).
    /// </summary>
    /// <param name="alongside">Rows that travel with the message (a poll, mentions), made once its number is known.</param>
    public async Task<Message> WriteAsync(Message message, Guid memberId, Func<Message, IEnumerable<object>>? alongside, CancellationToken ct)
    {
        var pending = new Pending(message, memberId, alongside, ct);
        if (!_waiting.Writer.TryWrite(pending)) throw new OperationCanceledException("The server is stopping.");
        return await pending.Done.Task;
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
            var stored = await StoreAsync(batch);
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(stored[i]);
            return;
        }
        catch (Exception e) when (batch.Count > 1 && !DatabaseAvailability.IsConnectionFailure(e))
        {
            logger.LogDebug(e, "A batch of {Count} messages failed; writing them one by one", batch.Count);
        }
        catch (Exception e)
        {
            // Without the database, writing the messages one by one would only fail (and log) once for each of them.
            foreach (var pending in batch) pending.Done.TrySetException(e);
            return;
        }
        foreach (var pending in batch)
        {
            try
            {
                pending.Done.TrySetResult((await StoreAsync([pending]))[0]);
            }
            catch (Exception e)
            {
                pending.Done.TrySetException(e);
            }
        }
    }

    /// <returns>For each pending send, the message stored for it: its own, or one stored under its client id before.</returns>
    private async Task<Message[]> StoreAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var stored = await StoredBeforeAsync(db, batch);
        var fresh = new List<Pending>(batch.Count);
        var answers = new Message[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i].Message;
            // A copy of a send already in this batch (a retry that arrived with its original) shares its answer too.
            if (stored.TryGetValue(Key(message), out var before)) answers[i] = before;
            else
            {
                stored[Key(message)] = answers[i] = message;
                fresh.Add(batch[i]);
            }
        }
        if (fresh.Count > 0)
        {
            await NumberAsync(db, fresh);
            foreach (var pending in fresh)
            {
                db.Messages.Add(pending.Message);
                if (pending.Alongside is not null) db.AddRange(pending.Alongside(pending.Message));
            }
            await db.SaveChangesAsync();
            await MoveReadCursorsAsync(db, fresh);
        }
        await transaction.CommitAsync();
        announcer.Expect(fresh.Select(p => p.Message));
        return answers;
    }

    private static (Guid ChatId, Guid SenderId, Guid ClientId) Key(Message message) => (message.ChatId, message.SenderId, message.ClientId);

    /// <summary>
    /// The messages stored before under this batch's client ids (retried sends: a lost answer, a reconnect, a restart),
    /// in one statement of exact lookups in the (chat, sender, client id) unique index. Inserting them again would fail
    /// the batch on that index — and log a database error with its stack trace, twice, for an expected retry: after a
    /// restart, hundreds of them (issue 18).
    /// </summary>
    private static async Task<Dictionary<(Guid, Guid, Guid), Message>> StoredBeforeAsync(PartaDbContext db, IReadOnlyList<Pending> batch)
    {
        var sql = new SqlBuilder().Sql("SELECT * FROM \"Messages\" WHERE ");
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i].Message;
            sql.Sql(i == 0 ? "(\"ChatId\" = " : " OR (\"ChatId\" = ").Value(message.ChatId).Sql(" AND \"SenderId\" = ").Value(message.SenderId)
                .Sql(" AND \"ClientId\" = ").Value(message.ClientId).Sql(")");
        }
        return await db.Messages.FromSql(sql.Build()).AsNoTracking().ToDictionaryAsync(Key);
    }

    /// <summary>
    /// Takes as many numbers from each chat as the batch has messages for it, in one statement (each statement
    /// is a round trip to PostgreSQL), and hands them out in the order the messages came. On PostgreSQL the
    /// update holds the chats' rows until commit, so writers on other nodes get the following numbers; two
    /// writers that lock the same chats in opposite orders are stopped by PostgreSQL's deadlock check, and
    /// the batch that gave way is written again message by message.
    /// </summary>
    private static async Task NumberAsync(PartaDbContext db, IReadOnlyList<Pending> batch)
    {
        var chats = batch.GroupBy(p => p.Message.ChatId).ToList();
        var sql = new SqlBuilder().Sql("UPDATE \"Chats\" SET \"LastSeq\" = \"LastSeq\" + CASE \"Id\"");
        foreach (var chat in chats) sql.Sql(" WHEN ").Value(chat.Key).Sql(" THEN ").Value((long)chat.Count());
        sql.Sql(" END, \"LastMessageAt\" = ").Value(batch.Max(p => p.Message.CreatedAt))
            .Sql(" WHERE \"Id\" IN (").Values(chats.Select(c => c.Key)).Sql(") RETURNING \"Id\", \"LastSeq\"");
        var bumped = await db.Database.SqlQuery<BumpedChat>(sql.Build()).ToDictionaryAsync(c => c.Id, c => c.LastSeq);
        foreach (var chat in chats)
        {
            if (!bumped.TryGetValue(chat.Key, out var last)) throw new InvalidOperationException($"Chat {chat.Key} vanished while a message was being sent to it.");
            var seq = last - chat.Count();
            foreach (var pending in chat) pending.Message.Seq = ++seq;
        }
    }

    /// <summary>The senders have read their own messages: each cursor moves to their last message in the batch, never back.</summary>
    private static async Task MoveReadCursorsAsync(PartaDbContext db, IReadOnlyList<Pending> batch)
    {
        var members = batch.GroupBy(p => p.MemberId).Select(m => (Id: m.Key, Seq: m.Max(p => p.Message.Seq))).ToList();
        var sql = new SqlBuilder().Sql("UPDATE \"ChatMembers\" SET \"ReadSeq\" = CASE \"Id\"");
        foreach (var (id, seq) in members) sql.Sql(" WHEN ").Value(id).Sql(" THEN ").Value(seq);
        sql.Sql(" END WHERE ");
        for (var i = 0; i < members.Count; i++)
            sql.Sql(i == 0 ? "(\"Id\" = " : " OR (\"Id\" = ").Value(members[i].Id).Sql(" AND \"ReadSeq\" < ").Value(members[i].Seq).Sql(")");
        await db.Database.ExecuteSqlAsync(sql.Build());
    }

    private sealed class BumpedChat
    {
        public Guid Id { get; set; }
        public long LastSeq { get; set; }
    }
}
