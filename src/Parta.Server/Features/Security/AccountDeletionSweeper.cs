using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Realtime;

namespace Parta.Server.Features.Security;

/// <summary>
/// Anonymises accounts whose deletion grace period has passed: the name becomes «Удалённый пользователь»,
/// contacts and password go, sessions end, memberships are closed. Messages and other history stay
/// readable to the school under that name, as a messenger would keep them.
/// </summary>
public sealed class AccountDeletionSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AccountDeletionSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Account deletion sweep failed; will retry");
            }
            await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
        }
    }

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now - GracePeriod;
        var accounts = await db.Users.Where(a => a.DeletionRequestedAt != null && a.DeletionRequestedAt <= due).ToListAsync(ct);
        foreach (var account in accounts)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            account.FullName = "Удалённый пользователь";
            account.UserName = $"deleted-{account.Id:N}";
            account.NormalizedUserName = account.UserName.ToUpperInvariant();
            account.PhoneNumber = null;
            account.Email = null;
            account.NormalizedEmail = null;
            account.PasswordHash = null;
            account.SecurityStamp = Guid.NewGuid().ToString();
            account.DeletionRequestedAt = null;
            await db.Sessions.Where(s => s.AccountId == account.Id).ExecuteDeleteAsync(ct);
            await db.Memberships.Where(m => m.AccountId == account.Id && m.DeactivatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeactivatedAt, now), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            await scope.ServiceProvider.GetRequiredService<IRealtimeBus>().RefreshAccountsAsync([account.Id]);
            logger.LogInformation("Account {AccountId} anonymised after its deletion grace period", account.Id);
        }
        return accounts.Count;
    }
}
