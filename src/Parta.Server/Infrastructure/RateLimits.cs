using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Limits on what attackers guess or spam: passwords, one-time codes, applications — per network address,
/// and codes per signed-in account. Codes are also limited per phone or e-mail (<c>OneTimeCodes</c>). A
/// refusal always says how long to wait, in Retry-After and in its sentence.
/// </summary>
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
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                await TooManyRequests(context.HttpContext, wait, Texts.RateLimitedFor).ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(SignIn, context => PerAddress(context, Limits(context).SignInPerMinute, TimeSpan.FromMinutes(1)));
            // Signed in (changing one's phone): counted per account, so people behind one school network do not share it.
            options.AddPolicy(Codes, context => CurrentUser.IdOf(context.User) is { } account
                ? RateLimitPartition.GetFixedWindowLimiter($"account:{account}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(context).CodesPerAccountPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
                : PerAddress(context, Limits(context).CodesPerTenMinutes, TimeSpan.FromMinutes(10)));
            options.AddPolicy(Applications, context => PerAddress(context, Limits(context).ApplicationsPerHour, TimeSpan.FromHours(1)));
        });
        return services;
    }

    /// <summary>429 with Retry-After (whole seconds) and a sentence that names the wait.</summary>
    public static ProblemHttpResult TooManyRequests(HttpContext context, TimeSpan wait, string sentence)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests, "rate_limited", string.Format(sentence, RussianText.Wait(wait)));
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
