using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Parta.Server.Infrastructure;

/// <summary>Per-address limits on what attackers guess or spam: passwords, one-time codes, applications.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Codes = "codes";
    public const string Applications = "applications";

    public static IServiceCollection AddPartaRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, _) =>
                await Problems.Of(StatusCodes.Status429TooManyRequests, "rate_limited", Texts.RateLimited).ExecuteAsync(context.HttpContext);
            options.AddPolicy(SignIn, context => PerAddress(context, Limits(context).SignInPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Codes, context => PerAddress(context, Limits(context).CodesPerTenMinutes, TimeSpan.FromMinutes(10)));
            options.AddPolicy(Applications, context => PerAddress(context, Limits(context).ApplicationsPerHour, TimeSpan.FromHours(1)));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
