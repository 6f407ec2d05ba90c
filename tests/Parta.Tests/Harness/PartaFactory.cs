using Microsoft.AspNetCore.Hosting;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Tests.Harness;

/// <summary>
/// One Parta server in memory with a database of its own: a SQLite file, or a fresh PostgreSQL database
/// when <c>PARTA_TEST_PROVIDER=postgres</c> (./test.sh runs every test both ways).
/// </summary>
public class PartaFactory : WebApplicationFactory<Program>, IPartaServer
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("parta-test-").FullName;
    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private Credentials? _operator;

    public static DatabaseProvider Provider => TestEnvironment.OnPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public string DataPath => _dataPath;

    /// <summary>Extra settings for a test class that needs them (low rate limits, say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Parta:DataPath", _dataPath);
        builder.UseSetting("Parta:PublicUrl", "http://parta.test");
        builder.UseSetting("Database:Provider", Provider.ToString());
        if (Provider == DatabaseProvider.Postgres) builder.UseSetting("Database:ConnectionString", TestDatabase.New(TestEnvironment.PostgresServer));
        foreach (var (key, value) in ServerSettings.Unthrottled) builder.UseSetting(key, value);
        if (TestEnvironment.SmtpPort is { } smtpPort)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort);
            builder.UseSetting("Smtp:UseStartTls", "false");
        }
        // Scheduled messages are checked every second, so a test waits seconds, not the default quarter-minute.
        builder.UseSetting("Messaging:ScheduledCheckSeconds", "1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings()) builder.UseSetting(key, value);
    }

    public ApiClient NewClient()
    {
        var cookies = new CookieContainer();
        return new(CreateDefaultClient(new Uri("http://localhost"), new ObjectStorage.FollowDownloadRedirects(), new CookieContainerHandler(cookies)), cookies);
    }

    /// <summary>The platform's first operator, created once per server through the first-start link, as a newcomer would.</summary>
    public async Task<Credentials> OperatorAsync()
    {
        await _operatorLock.WaitAsync();
        try
        {
            if (_operator is not null) return _operator;
            var link = Services.GetRequiredService<FirstStartLink>().Url ?? throw new InvalidOperationException("No first-start link was issued.");
            var client = NewClient();
            var credentials = new Credentials(TestData.NewPhone(), "operator-pass-1");
            await client.CreateFirstOperatorAsync(link[(link.LastIndexOf('/') + 1)..], credentials);
            return _operator = credentials;
        }
        finally
        {
            _operatorLock.Release();
        }
    }

    public async Task<ApiClient> SignedInOperatorAsync()
    {
        var credentials = await OperatorAsync();
        var client = NewClient();
        await client.SignInAsync(credentials.Login, credentials.Password);
        return client;
    }

    public T WithDb<T>(Func<PartaDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PartaDbContext>());
    }

    public async Task WithDbAsync(Func<PartaDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<PartaDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary><c>AuthenticatorKey</c>: set once the person enrolled an authenticator app (ID-5); sign-in then asks for its code.</summary>
public sealed record Credentials(string Login, string Password, string? AuthenticatorKey = null);
