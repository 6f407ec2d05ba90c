using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Parta.Server.Infrastructure;

/// <summary>Who may open the metrics: <c>Metrics:Token</c> as a bearer token; without one, only this machine.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>When set, a scraper anywhere may read /metrics with <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? Token { get; set; }
}

/// <summary>
/// Checks at the edge of the application, before routing: the realtime hub's origin, the metrics' audience,
/// and that nothing under /api lands in a browser or proxy cache.
/// </summary>
public static class EdgeChecks
{
    /// <summary>
    /// /api answers carry people's names, phones and e-mails (/people, staff lists, the data export) and are
    /// made for one person at one moment: none may be kept by a shared proxy or on a family computer's disk.
    /// An endpoint that sets its own Cache-Control (a chat picture, whose address changes with it) keeps it.
    /// </summary>
    public static IApplicationBuilder UseNoStoreForApi(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.OnStarting(() =>
            {
                if (string.IsNullOrEmpty(context.Response.Headers.CacheControl)) context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        return next(context);
    });

    /// <summary>
    /// A browser sends the session cookie with a WebSocket opened by any page, and the server does not apply
    /// CORS to WebSockets: without this, another site a signed-in person visits could read their chats.
    /// A browser always names the page's origin; it must be the platform's own address (Parta:PublicUrl) or
    /// the address the request itself was sent to. Clients that are not browsers send no Origin.
    /// </summary>
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/hubs") || IsOwnOrigin(context)) return next(context);
        return Problems.Of(StatusCodes.Status403Forbidden, "origin_refused", Texts.ForeignOrigin).ExecuteAsync(context);
    });

    private static bool IsOwnOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var page)) return false;
        var publicUrl = new Uri(context.RequestServices.GetRequiredService<IOptions<PartaOptions>>().Value.PublicUrl);
        // Host and port only for the request's own address: behind a TLS proxy the request arrives as http.
        return page.GetLeftPart(UriPartial.Authority).Equals(publicUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            || page.Authority.Equals(context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// /metrics names routes, counts and timings — a map of the installation. It answers a request from this
    /// machine that no proxy forwarded (a proxy on the same machine makes everyone look local), or one with
    /// the configured bearer token; anyone else hears that there is nothing here.
    /// </summary>
    public static IApplicationBuilder UseMetricsAccess(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/metrics") || MayReadMetrics(context)) return next(context);
        return Problems.NotFound("not_found", Texts.NotFound).ExecuteAsync(context);
    });

    private static bool MayReadMetrics(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value.Token;
        if (!string.IsNullOrEmpty(token))
        {
            var given = context.Request.Headers.Authorization.ToString();
            const string scheme = "Bearer ";
            if (given.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token)))
                return true;
        }
        var forwarded = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
        return !forwarded && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }
}
