using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>Sign-in by phone or e-mail and password; repeated failures lock the account (Identity lock-out); a second factor follows when enabled (ID-5).</summary>
public static class SignIn
{
    public sealed record SignInRequest(string? Login, string? Password);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/session/sign-in", Handle).WithName(nameof(SignIn)).WithSummary("Sign in with a phone or e-mail and a password").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        SignInRequest request, HttpContext context, PartaDbContext db, SignInManager<Account> signIn, IAntiforgery antiforgery, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Login)) errors.Add("login", Texts.Required);
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", Texts.Required);
        if (errors.Any) return Problems.Validation(errors);

        var (account, ambiguous) = await FindAsync(db, request.Login!.Trim(), ct);
        if (ambiguous) return Problems.Field("login", Texts.AmbiguousEmail);
        if (account is null || request.Password!.Length > 128)
            return Problems.Of(StatusCodes.Status401Unauthorized, "invalid_credentials", Texts.InvalidCredentials);

        var result = await signIn.PasswordSignInAsync(account, request.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut) return Problems.Of(StatusCodes.Status423Locked, "locked_out", Texts.LockedOut);
        if (result.RequiresTwoFactor)
            return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct) with { TwoFactorRequired = true });
        if (!result.Succeeded) return Problems.Of(StatusCodes.Status401Unauthorized, "invalid_credentials", Texts.InvalidCredentials);

        context.User = await signIn.CreateUserPrincipalAsync(account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }

    /// <summary>Starts a server-side session and makes the rest of this request see the new user.</summary>
    public static async Task SignInAsync(HttpContext context, SignInManager<Account> signIn, Account account)
    {
        await signIn.SignInAsync(account, isPersistent: true);
        context.User = await signIn.CreateUserPrincipalAsync(account);
    }

    private static async Task<(Account? Account, bool Ambiguous)> FindAsync(PartaDbContext db, string login, CancellationToken ct)
    {
        var phone = Input.NormalizeMobilePhone(login);
        if (phone is not null) return (await db.Users.FirstOrDefaultAsync(a => a.PhoneNumber == phone, ct), false);
        // Young students have a generated login instead of a phone (RegisterYoungStudent).
        if (!login.Contains('@')) return (await db.Users.FirstOrDefaultAsync(a => a.NormalizedUserName == login.ToUpperInvariant(), ct), false);
        var normalizedEmail = login.ToUpperInvariant();
        var matches = await db.Users.Where(a => a.NormalizedEmail == normalizedEmail).Take(2).ToListAsync(ct);
        return matches.Count switch
        {
            1 => (matches[0], false),
            0 => (null, false),
            _ => (null, true),
        };
    }
}
