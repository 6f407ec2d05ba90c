namespace Parta.Server.Infrastructure;

/// <summary>Marks an endpoint whose response may be shown in a frame of our own pages (the operator's document viewer).</summary>
public sealed class AllowSameOriginFramingAttribute : Attribute;

public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string FramablePolicy = "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self'";

    /// <summary>CSP without inline scripts, no framing by other sites, no sniffing, and no referrer (links carry private tokens).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var framable = context.GetEndpoint()?.Metadata.GetMetadata<AllowSameOriginFramingAttribute>() is not null;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = framable ? FramablePolicy : Policy;
            headers.XFrameOptions = framable ? "SAMEORIGIN" : "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(self), microphone=(self), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
