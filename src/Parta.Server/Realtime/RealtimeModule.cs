using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Parta.Server.Realtime;

/// <summary>
/// SignalR (MSG-4): the hub at /hubs/events, its connections and groups. With <c>Redis:Configuration</c> set, several
/// nodes relay their events to each other through Redis (<see cref="RelayedHubLifetimeManager"/>) and tell each other
/// about ended sessions and changed chat memberships on a Redis channel (<see cref="RedisRealtimeBus"/>). Areas
/// register their own event senders.
/// </summary>
public static class RealtimeModule
{
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<HubCallDrain>();
        services.AddSingleton<HubFailureLog>();
        services.AddSingleton<HubDatabaseOutage>();
        services.AddSignalR(options =>
            {
                options.EnableDetailedErrors = false;
                options.AddFilter<HubCallDrain>();
                // Outermost first: the log sees database failures as the refusals HubDatabaseOutage makes of them.
                options.AddFilter<HubFailureLog>();
                options.AddFilter<HubDatabaseOutage>();
                options.MaximumReceiveMessageSize = EventsHub.MaximumFrameBytes;
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(
                new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddSingleton<LiveConnections>();
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IRealtimeBus, InProcessRealtimeBus>();
            return services;
        }
        services.AddSingleton<StackExchange.Redis.IConnectionMultiplexer>(_ => StackExchange.Redis.ConnectionMultiplexer.Connect(redis));
        services.AddSingleton<DefaultHubLifetimeManager<EventsHub>>();
        services.AddSingleton<RelayedHubLifetimeManager>();
        services.AddSingleton<HubLifetimeManager<EventsHub>>(provider => provider.GetRequiredService<RelayedHubLifetimeManager>());
        services.AddHostedService(provider => provider.GetRequiredService<RelayedHubLifetimeManager>());
        services.AddSingleton<RedisRealtimeBus>();
        services.AddSingleton<IRealtimeBus>(provider => provider.GetRequiredService<RedisRealtimeBus>());
        services.AddHostedService(provider => provider.GetRequiredService<RedisRealtimeBus>());
        return services;
    }

    public static void MapRealtime(this WebApplication app)
    {
        app.MapHub<EventsHub>("/hubs/events", options => options.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling);
        // After MapHub, which made SignalR's connection manager register its own «close every connection» on
        // stopping: callbacks run last-registered first, so the calls under way finish before their connections close.
        var drain = app.Services.GetRequiredService<HubCallDrain>();
        app.Lifetime.ApplicationStopping.Register(drain.Drain);
    }
}
