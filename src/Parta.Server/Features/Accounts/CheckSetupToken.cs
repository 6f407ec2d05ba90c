using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

public static class CheckSetupToken
{
    public sealed record SetupTokenStatusDto(bool Valid);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/setup/operator/{token}", async Task<Results<Ok<SetupTokenStatusDto>, ProblemHttpResult>> (string token, PartaDbContext db, CancellationToken ct) =>
            await db.OperatorSetupTokens.AnyAsync(t => t.TokenHash == Tokens.Hash(token), ct)
                ? TypedResults.Ok(new SetupTokenStatusDto(true))
                : Problems.NotFound("setup_token_invalid", Texts.SetupTokenInvalid))
            .WithName(nameof(CheckSetupToken)).WithSummary("Check a first-start link");
}
