using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// ID-5, second step of signing in: after the password, a code from the authenticator app, an SMS code
/// (sent on request to the confirmed phone) or one of the recovery codes. Identity keeps the half-signed-in
/// person in its own short-lived cookie between the steps.
/// </summary>
public static class CompleteTwoFactorSignIn
{
    public enum TwoFactorMethod { Authenticator, Sms, Recovery }

    public sealed record TwoFactorSignInRequest(TwoFactorMethod? Method, string? Code);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/session/two-factor", Handle).WithName(nameof(CompleteTwoFactorSignIn)).RequireRateLimiting(RateLimits.SignIn);
        api.MapPost("/session/two-factor/sms", SendSms).WithName("SendTwoFactorSms").RequireRateLimiting(RateLimits.Codes);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SendSms(SignInManager<Account> signIn, UserManager<Account> users, PartaDbContext db, Outbox outbox)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        if (!await users.GetTwoFactorEnabledAsync(user) || string.IsNullOrEmpty(user.PhoneNumber) || !user.PhoneNumberConfirmed)
            return Problems.Of(StatusCodes.Status409Conflict, "sms_unavailable", Texts.TwoFactorSmsUnavailable);
        var code = await users.GenerateTwoFactorTokenAsync(user, TokenOptions.DefaultPhoneProvider);
        outbox.Sms(user.PhoneNumber, $"Парта: код для входа {code}. Никому его не сообщайте.");
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        TwoFactorSignInRequest request, HttpContext context, PartaDbContext db, SignInManager<Account> signIn, IAntiforgery antiforgery, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        // Recovery codes are stored as XXXXX-XXXXX; the app's and the SMS codes are digits that people space out.
        var code = request.Method == TwoFactorMethod.Recovery ? (request.Code ?? "").Trim() : (request.Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0) return Problems.Field("code", Texts.Required);
        var result = request.Method switch
        {
            TwoFactorMethod.Sms => await signIn.TwoFactorSignInAsync(TokenOptions.DefaultPhoneProvider, code, isPersistent: true, rememberClient: false),
            TwoFactorMethod.Recovery => await signIn.TwoFactorRecoveryCodeSignInAsync(code),
            _ => await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: true, rememberClient: false),
        };
        if (result.IsLockedOut) return Problems.Of(StatusCodes.Status423Locked, "locked_out", Texts.LockedOut);
        if (!result.Succeeded) return Problems.Field("code", Texts.CodeWrong);
        context.User = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
