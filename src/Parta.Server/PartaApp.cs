using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Features.Chats;
using Parta.Server.Features.Files;
using Parta.Server.Features.Rollout;
using Parta.Server.Features.Security;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;
using Parta.Server.Realtime;
using Prometheus;

namespace Parta.Server;

/// <summary>Composition of the server: services, the request pipeline and start-up work, in that order.</summary>
public static class PartaApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // PARTA_DATABASE__PROVIDER=Postgres etc.: one prefix for every option (README's configuration table).
        builder.Configuration.AddEnvironmentVariables("PARTA_");
        // http://localhost:8080 unless ASPNETCORE_URLS, PARTA_URLS or --urls says otherwise.
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:8080");
        ConfigureLogging(builder);
        ConfigureServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        else
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // Its errors are the hub's refusals too; HubFailureLog logs the failures among them.
        builder.Logging.AddFilter(HubFailureLog.DispatcherCategory, LogLevel.Critical);
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PartaOptions>(PartaOptions.Section);
        services.AddSettings<DatabaseOptions>(DatabaseOptions.Section);
        services.AddSettings<RateLimitOptions>(RateLimitOptions.Section);
        services.AddSettings<SmtpOptions>(SmtpOptions.Section);
        services.AddSettings<SmsOptions>(SmsOptions.Section);
        services.AddSettings<SecurityOptions>(SecurityOptions.Section);
        services.AddSettings<MetricsOptions>(MetricsOptions.Section);
        services.AddSingleton(TimeProvider.System);

        // Pooled: every hub call and request takes a context, and building one (options, services) showed in the send path's profile.
        services.AddDbContextPool<PartaDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var parta = provider.GetRequiredService<IOptions<PartaOptions>>().Value;
            var connection = string.IsNullOrWhiteSpace(database.ConnectionString)
                ? $"Data Source={Path.Combine(parta.DataPath, "parta.db")}"
                : database.ConnectionString;
            DatabaseSetup.Configure(options, database.Provider, connection, sqliteCheckpointsApart: true, database.SqliteSynchronous);
        });

        services.AddIdentity<Account, IdentityRole<Guid>>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // Password strength is checked by Input.Password, with messages in Russian.
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequiredLength = 8;
            })
            .AddEntityFrameworkStores<PartaDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddAccounts(configuration);
        services.AddHttpContextAccessor();
        services.AddSingleton<SessionCache>();
        services.AddSingleton<DatabaseSessionStore>();
        services.ConfigureApplicationCookie(ConfigureSessionCookie);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseSessionStore>((options, store) => options.SessionStore = store);
        services.AddAuthorizationBuilder()
            .AddPolicy(CurrentUser.OperatorPolicy, policy => policy.RequireClaim(CurrentUser.OperatorClaim, "true"));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryCheck.HeaderName;
            options.Cookie.Name = "parta.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddPartaRateLimits();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("code", Problems.CodeForStatus(status));
            // Framework-made problems (binding failures, unknown routes) get a Russian title like ours. Ours are told
            // apart by their title, not their code: a handler may answer 403 "forbidden" with its own sentence.
            if (problem.Type?.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal) == true && context.Exception is null
                && problem.Extensions["code"] as string == Problems.CodeForStatus(status) && problem is not HttpValidationProblemDetails
                && !RussianText.IsRussian(problem.Title))
                problem.Title = Problems.TitleForStatus(status);
            // A failure's own words stay inside; a known condition (database_unavailable) keeps its title.
            if (status >= 500 && problem.Extensions["code"] as string == Problems.CodeForStatus(status)) problem.Title = Texts.InternalError;
        });
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddOpenApi(options => options
            .AddDocumentTransformer<RealtimeContract.DocumentTransformer>()
            .AddOperationTransformer(RouteDoors.DocumentRouteValuesAsync));
        services.AddSingleton<DatabaseAvailability>();
        services.AddExceptionHandler<DatabaseOutageResponses.Handler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddSingleton<FirstStartLink>();
        services.AddHostedService<StartupTasks>();
        // After the migrations (hosted services start in this order): the checkpointer never creates the database.
        services.AddHostedService<SqliteCheckpointer>();
        // A fixed application name: by default ASP.NET Core isolates keys by the content root path, so two nodes
        // installed in different folders (or containers) would refuse each other's cookies despite sharing the keys.
        services.AddDataProtection().SetApplicationName("Parta");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<PartaOptions>>((keys, parta) =>
            // Keys kept with the data, so sessions survive a restart.
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(parta.Value.DataPath, "keys")), NullLoggerFactory.Instance));
        services.AddFileStore();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Outbox>();
        services.AddSingleton<LogOnlyTransport>();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddHttpClient<HttpSmsTransport>();
        services.AddSingleton<IEmailTransport>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Host)
                ? provider.GetRequiredService<LogOnlyTransport>()
                : provider.GetRequiredService<SmtpEmailTransport>());
        services.AddTransient<ISmsTransport>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<SmsOptions>>().Value.GatewayUrl)
                ? provider.GetRequiredService<LogOnlyTransport>()
                : provider.GetRequiredService<HttpSmsTransport>());
        services.AddHostedService<OutboxDispatcher>();
        services.AddRealtime(configuration);
        services.AddChats();
        services.AddFiles();
        services.AddRollout();
        services.AddSecurity();
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "parta.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.SlidingExpiration = true;
        // An API answers 401/403 with ProblemDetails instead of redirecting to a login page.
        options.Events.OnRedirectToLogin = context =>
            Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated).ExecuteAsync(context.HttpContext);
        options.Events.OnRedirectToAccessDenied = context =>
            Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden).ExecuteAsync(context.HttpContext);
        options.Events.OnValidatePrincipal = ValidateSecurityStampInOwnScope;
    }

    /// <summary>
    /// Identity's security-stamp check, in a service scope of its own. Resolved from the request's scope (the
    /// default), its user manager, store and database context live as long as the request — for a realtime
    /// connection that is hours, and the density benchmark measured them as most of ~35 KiB kept per connection.
    /// </summary>
    private static async Task ValidateSecurityStampInOwnScope(CookieValidatePrincipalContext context)
    {
        await using var scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISecurityStampValidator>().ValidateAsync(context);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseNoStoreForApi();
        app.UseHubOriginCheck();
        app.UseMetricsAccess();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseDatabaseOutageDoor();
        app.UseRouting();
        app.UseHttpMetrics();
        // After authentication: codes asked for by a signed-in account are counted per account (RateLimits).
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseApiAntiforgery();
        app.UseRouteDoors();

        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapMetrics();
        // Kestrel's memory pool reports every buffer it rents and returns — two measurements per WebSocket frame.
        // prometheus-net listening to them took 4.5 % of the server's CPU in the channel benchmark (perf,
        // docs/performance.md) for figures nobody reads; every other meter stays published.
        Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = instrument => instrument.Meter.Name != "Microsoft.AspNetCore.MemoryPool");
        Endpoints.Map(app);
        app.MapRealtime();
        // Client-side routes get the web client; unknown /api routes stay 404 ProblemDetails (status code pages).
        app.MapFallbackToFile("{*path:regex(^(?!api/|hubs/|health/|openapi/|metrics).*$)}", "index.html");
    }
}
