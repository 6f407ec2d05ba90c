using Microsoft.AspNetCore.Diagnostics;

namespace Parta.Server.Infrastructure;

/// <summary>
/// HTTP's side of <see cref="DatabaseAvailability"/>: while the database cannot be reached, requests that need it
/// are answered 503 ProblemDetails with code <c>database_unavailable</c> and a Retry-After, not 500 — at the door
/// once the outage is known (<see cref="UseDatabaseOutageDoor"/>), or from the exception that first shows it
/// (<see cref="Handler"/>).
/// </summary>
public static class DatabaseOutageResponses
{
    /// <summary>Before authentication, which reads sessions from the database: the API and the realtime handshake; the web client's files are served.</summary>
    public static IApplicationBuilder UseDatabaseOutageDoor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var availability = context.RequestServices.GetRequiredService<DatabaseAvailability>();
        var path = context.Request.Path;
        if (availability.IsDown && (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs")))
            await WriteAsync(context);
        else
            await next(context);
    });

    private static Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = DatabaseAvailability.RetryAfterSeconds.ToString();
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, DatabaseAvailability.Code, Texts.DatabaseUnavailable).ExecuteAsync(context);
    }

    /// <summary>The request that meets the outage first (or was under way when it began).</summary>
    public sealed class Handler(DatabaseAvailability availability) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (!availability.Noticed(exception)) return false;
            await WriteAsync(context);
            return true;
        }
    }
}
