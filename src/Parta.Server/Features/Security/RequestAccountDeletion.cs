using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-8: the person asks to delete the account. Nothing is removed at once: after a grace period
/// (<see cref="AccountDeletionSweeper.GracePeriod"/>) the account is anonymised, unless they cancel.
/// </summary>
public static class RequestAccountDeletion
{
    public sealed record RequestAccountDeletionRequest(string? Password);

    public sealed record AccountDeletionDto(DateTime? RequestedAt, DateTime? DeleteAfter);

    public static void Map(RouteGroupBuilder account)
    {
        account.MapPost("/deletion", Request).WithName(nameof(RequestAccountDeletion)).WithSummary("Ask for my account to be deleted").RequireRateLimiting(RateLimits.SignIn);
        account.MapDelete("/deletion", Cancel).WithName("CancelAccountDeletion").WithSummary("Cancel my account's deletion");
        account.MapGet("/deletion", async (HttpContext context, UserManager<Account> users) =>
            TypedResults.Ok(Describe((await users.GetUserAsync(context.User))!))).WithName("GetAccountDeletion").WithSummary("Show my account's pending deletion");
    }

    private static async Task<Results<Ok<AccountDeletionDto>, ValidationProblem>> Request(
        RequestAccountDeletionRequest request, HttpContext context, UserManager<Account> users, PartaDbContext db, TimeProvider clock)
    {
        var account = (await users.GetUserAsync(context.User))!;
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 128 || !await users.CheckPasswordAsync(account, request.Password))
            return Problems.Field("password", Texts.DeletionPassword);
        account.DeletionRequestedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Describe(account));
    }

    private static async Task<Ok<AccountDeletionDto>> Cancel(HttpContext context, UserManager<Account> users, PartaDbContext db)
    {
        var account = (await users.GetUserAsync(context.User))!;
        account.DeletionRequestedAt = null;
        await db.SaveChangesAsync();
        return TypedResults.Ok(Describe(account));
    }

    private static AccountDeletionDto Describe(Account account) =>
        new(account.DeletionRequestedAt, account.DeletionRequestedAt?.Add(AccountDeletionSweeper.GracePeriod));
}
