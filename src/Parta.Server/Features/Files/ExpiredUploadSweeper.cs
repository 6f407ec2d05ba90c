using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;

namespace Parta.Server.Features.Files;

/// <summary>
/// tus expiration: uploads not finished in time lose their bytes, so abandoned halves do not hold the school's quota
/// or the disk. Also removes bytes that no upload row names (a crash between writing the file and the row).
/// </summary>
public sealed class ExpiredUploadSweeper(IServiceScopeFactory scopes, PartialUploads partials, IOptions<FilesOptions> options,
    TimeProvider clock, ILogger<ExpiredUploadSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sweeping expired uploads failed; trying again at the next round");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many uploads were removed.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = 0;
        foreach (var upload in await db.FileUploads.Where(u => u.ExpiresAt <= now).Take(500).ToListAsync(ct))
        {
            FileStream? bytes = null;
            try
            {
                // A request still appending to it keeps it until the next round.
                bytes = partials.OpenForAppend(upload.Id);
                if (bytes is null) continue;
                partials.Delete(upload.Id);
            }
            catch (FileNotFoundException)
            {
            }
            finally
            {
                if (bytes is not null) await bytes.DisposeAsync();
            }
            db.FileUploads.Remove(upload);
            removed++;
        }
        await db.SaveChangesAsync(ct);
        await RemoveOrphansAsync(db, now, ct);
        return removed;
    }

    private async Task RemoveOrphansAsync(PartaDbContext db, DateTime now, CancellationToken ct)
    {
        // Only old files: a file created a moment ago may be waiting for its row to be saved.
        var cutoff = now.AddHours(-options.Value.UploadExpiryHours);
        var candidates = new DirectoryInfo(partials.Root).EnumerateFiles()
            .Where(f => f.LastWriteTimeUtc < cutoff && Guid.TryParseExact(f.Name, "N", out _)).Take(500)
            .ToDictionary(f => Guid.ParseExact(f.Name, "N"));
        if (candidates.Count == 0) return;
        var ids = candidates.Keys.ToList();
        var known = await db.FileUploads.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        foreach (var id in ids.Except(known)) candidates[id].Delete();
    }
}
