using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Server.Features.Accounts;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Runs before the server accepts requests (user hosted services start before Kestrel): creates the data
/// folder, applies migrations and, while the platform has no operator, issues the first-operator link.
/// </summary>
public sealed class StartupTasks(IServiceScopeFactory scopes, IOptions<PartaOptions> options, FirstStartLink firstStart,
    TimeProvider clock, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DataPath);
        Directory.CreateDirectory(options.Value.FilesPath);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        firstStart.Url = await OperatorBootstrap.IssueSetupLinkIfNeededAsync(db, options.Value, clock);
        if (firstStart.Url is null) return;
        logger.LogWarning("No platform operator exists yet. Create the first one here (one-time link): {SetupLink}", firstStart.Url);
        Console.WriteLine($"\n  Парта запущена. Создайте первого оператора по одноразовой ссылке:\n  {firstStart.Url}\n");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The one-time first-operator link issued at this start, if any.</summary>
public sealed class FirstStartLink
{
    public string? Url { get; set; }
}
