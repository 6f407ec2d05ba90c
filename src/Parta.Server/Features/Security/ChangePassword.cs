using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Realtime;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>ID-6: a password change ends every other session; this device stays signed in.</summary>
public static class ChangePassword
{
    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/password", Handle).WithName(nameof(ChangePassword)).WithSummary("Change my password").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChangePasswordRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users,
        SignInManager<Account> signIn, IAntiforgery antiforgery, IRealtimeBus bus, CancellationToken ct)
    {
        var account = await users.GetUserAsync(context.User);
        if (account is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(request.CurrentPassword) || request.CurrentPassword.Length > 128 || !await users.CheckPasswordAsync(account, request.CurrentPassword))
            errors.Add("currentPassword", Texts.CurrentPasswordWrong);
        var password = Input.Password(errors, "newPassword", request.NewPassword);
        if (errors.Any) return Problems.Validation(errors);

        var changed = await users.ChangePasswordAsync(account, request.CurrentPassword!, password!);
        if (!changed.Succeeded) return Problems.Field("newPassword", Texts.PasswordWeak);
        var current = DatabaseSessionStore.CurrentSessionId(context.User);
        await db.Sessions.Where(s => s.AccountId == account.Id && s.Id != current).ExecuteDeleteAsync(ct);
        await bus.RefreshAccountsAsync([account.Id]);
        // Re-issues this device's session with the new security stamp (the cookie handler renews the same key).
        await SignIn.SignInAsync(context, signIn, account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
