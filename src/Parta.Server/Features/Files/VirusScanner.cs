using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// FILE-4: scans every stored file that waits for it (<see cref="FileScanState.Pending"/>) through clamd, woken by each
/// finished upload and otherwise every <see cref="VirusScanOptions.RetrySeconds"/>. A clean file opens to everyone its
/// access allows; an infected one loses its bytes. While clamd (or the store) cannot be reached, files stay pending
/// and are tried again, so nothing is served unscanned and nothing is lost.
/// </summary>
public sealed class VirusScanner(IServiceScopeFactory scopes, IFileStore store, ClamdClient clamd, IOptions<VirusScanOptions> options,
    ILogger<VirusScanner> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>A file is waiting: scan now rather than at the next round.</summary>
    public void Wake(FileUpload upload)
    {
        if (upload.Length > options.Value.MaxScanBytes)
            logger.LogWarning("File {FileId} ({Bytes} bytes) is over Files:Scanner:MaxScanBytes: it stays pending, only its uploader can download it",
                upload.Id, upload.Length);
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        var retry = TimeSpan.FromSeconds(options.Value.RetrySeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scanning files failed; trying again in {Seconds} s", retry.TotalSeconds);
            }
            await _wake.WaitAsync(retry, stoppingToken);
        }
    }

    /// <summary>Scans the pending files until none is left or clamd cannot be reached.</summary>
    public async Task ScanPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        // Files clamd refused this round (too big for its limits): not asked again until the next round.
        var refused = new List<Guid>();
        var maxBytes = options.Value.MaxScanBytes;
        while (true)
        {
            var batch = await db.StoredFiles.Where(f => f.ScanState == FileScanState.Pending && f.Size <= maxBytes && !refused.Contains(f.Id))
                .OrderBy(f => f.CreatedAt).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return;
            foreach (var file in batch)
            {
                string? threat;
                try
                {
                    await using var bytes = await store.OpenReadAsync(file.StorageKey, ct);
                    threat = await clamd.ScanAsync(bytes, ct);
                }
                catch (ClamdClient.Refusal e)
                {
                    logger.LogError("File {FileId} stays unscanned (only its uploader can download it): {Reason}", file.Id, e.Message);
                    refused.Add(file.Id);
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("The virus scanner cannot be reached ({Reason}); {Count} or more files wait for it", e.Message, batch.Count);
                    return;
                }
                if (threat is not null)
                {
                    logger.LogWarning("File {FileId} of organization {OrganizationId} carries {Threat}: its bytes are deleted", file.Id, file.OrganizationId, threat);
                    await store.DeleteAsync(file.StorageKey, ct);
                    file.Threat = threat.Length > 200 ? threat[..200] : threat;
                }
                file.ScanState = threat is null ? FileScanState.Clean : FileScanState.Infected;
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
