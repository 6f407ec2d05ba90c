using Microsoft.Extensions.Options;
using Parta.Data;

namespace Parta.Server.Features.Chats;

/// <summary>
/// SQLite lets one transaction write at a time, and Microsoft.Data.Sqlite answers a busy database by
/// putting the thread to sleep and trying again. With many chats sending at once, the messaging benchmark's
/// profile showed a quarter of the server's thread time asleep in <c>BeginTransaction</c> while acknowledgements
/// took seconds. Senders in this process therefore wait their turn here, asynchronously, and each finds the
/// database free. PostgreSQL orders senders by the chat row's lock instead, so there is no queue for it.
/// </summary>
public sealed class MessageWriteQueue(IOptions<DatabaseOptions> options)
{
    private readonly SemaphoreSlim? _turn = options.Value.Provider == DatabaseProvider.Sqlite ? new(1, 1) : null;

    public async Task<IDisposable> WaitTurnAsync(CancellationToken ct)
    {
        if (_turn is null) return Turn.None;
        await _turn.WaitAsync(ct);
        return new Turn(_turn);
    }

    private sealed class Turn(SemaphoreSlim? turn) : IDisposable
    {
        public static readonly Turn None = new(null);

        public void Dispose() => turn?.Release();
    }
}
