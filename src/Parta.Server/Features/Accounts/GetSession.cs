using Microsoft.AspNetCore.Antiforgery;
using Parta.Data;

namespace Parta.Server.Features.Accounts;

public static class GetSession
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/session", async (HttpContext context, PartaDbContext db, IAntiforgery antiforgery, CancellationToken ct) =>
            TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct)))
            .WithName(nameof(GetSession)).WithSummary("Who is signed in, with an anti-forgery token");
}
