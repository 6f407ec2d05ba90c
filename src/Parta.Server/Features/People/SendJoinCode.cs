using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>A person joining by a link proves their phone with a code before an account is made for it.</summary>
public static class SendJoinCode
{
    public sealed record SendJoinCodeRequest(string? Phone);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/join/{token}/code", Handle).WithName(nameof(SendJoinCode)).WithSummary("Send a code to confirm joining").RequireRateLimiting(RateLimits.Codes);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        string token, SendJoinCodeRequest request, HttpContext context, PartaDbContext db, OneTimeCodes codes, TimeProvider clock, CancellationToken ct)
    {
        var (link, problem) = await JoinLinkLookup.FindUsableAsync(db, token, clock.GetUtcNow().UtcDateTime, ct);
        if (link is null) return problem!;
        var errors = new FieldErrors();
        var phone = Input.MobilePhone(errors, "phone", request.Phone);
        if (errors.Any) return Problems.Validation(errors);
        if (await codes.RefusalAsync(context, ct, phone!) is { } tooMany) return tooMany;
        await codes.SendSmsAsync(phone!, ct);
        return TypedResults.NoContent();
    }
}
