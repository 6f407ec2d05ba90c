using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Chats;

/// <summary>
/// Chat pictures used to be kept in the database; they live in the file store now, like every other file (local disk
/// or object storage). Moves those still in the database at start, after the migrations and before the first request,
/// so serving never needs to know the old place. A store that cannot take them stops the start, as it would stop uploads.
/// </summary>
public sealed class ChatAvatarsToFileStore(IServiceScopeFactory scopes, IFileStore store, ILogger<ChatAvatarsToFileStore> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var moved = 0;
        while (await db.ChatAvatars.Where(a => a.Data != null).Take(100).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            foreach (var avatar in batch)
            {
                avatar.StorageKey = await store.SaveAsync(new MemoryStream(avatar.Data!), cancellationToken);
                avatar.Data = null;
            }
            await db.SaveChangesAsync(cancellationToken);
            moved += batch.Count;
        }
        if (moved > 0) logger.LogInformation("Moved {Count} chat pictures from the database into the file store", moved);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
