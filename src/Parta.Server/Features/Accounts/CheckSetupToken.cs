using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

public static class CheckSetupToken
{
    public sealed record Response(bool Valid);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/setup/operator/{token}", async Task<Results<Ok<Response>, ProblemHttpResult>> (string token, PartaDbContext db, CancellationToken ct) =>
            await db.OperatorSetupTokens.AnyAsync(t => t.TokenHash == Tokens.Hash(token), ct)
                ? TypedResults.Ok(new Response(true))
                : Problems.NotFound("setup_token_invalid", Texts.SetupTokenInvalid))
            .WithName(nameof(CheckSetupToken));
}
