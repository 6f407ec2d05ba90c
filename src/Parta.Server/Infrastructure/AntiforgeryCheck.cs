using Microsoft.AspNetCore.Antiforgery;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Every state-changing API call must carry the anti-forgery token from <c>GET /api/session</c> in the
/// <c>X-CSRF-TOKEN</c> header, so another site cannot act with a person's session cookie.
/// </summary>
public static class AntiforgeryCheck
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Problems.Of(StatusCodes.Status400BadRequest, "csrf_invalid", Texts.CsrfInvalid).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });
}
