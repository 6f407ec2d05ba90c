using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// ID-5, second step of signing in: after the password, a code from the authenticator app, a code sent on
/// request by SMS to the confirmed phone or by e-mail to the confirmed address (Identity's phone and e-mail
/// token providers), or one of the recovery codes. Identity keeps the half-signed-in person in its own
/// short-lived cookie between the steps.
/// </summary>
public static class CompleteTwoFactorSignIn
{
    public enum TwoFactorMethod { Authenticator, Sms, Email, Recovery }

    public sealed record TwoFactorSignInRequest(TwoFactorMethod? Method, string? Code);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/session/two-factor", Handle).WithName(nameof(CompleteTwoFactorSignIn)).WithSummary("Finish signing in with a second-factor code").RequireRateLimiting(RateLimits.SignIn);
        api.MapPost("/session/two-factor/sms", (SignInManager<Account> signIn, UserManager<Account> users, PartaDbContext db, Outbox outbox) =>
            SendCodeAsync(TwoFactorMethod.Sms, signIn, users, db, outbox)).WithName("SendTwoFactorSms").WithSummary("Send a sign-in code by SMS").RequireRateLimiting(RateLimits.Codes);
        api.MapPost("/session/two-factor/email", (SignInManager<Account> signIn, UserManager<Account> users, PartaDbContext db, Outbox outbox) =>
            SendCodeAsync(TwoFactorMethod.Email, signIn, users, db, outbox)).WithName("SendTwoFactorEmail").WithSummary("Send a sign-in code by e-mail").RequireRateLimiting(RateLimits.Codes);
    }

    /// <summary>Sends a sign-in code by SMS or e-mail, only to an address the person has proven.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> SendCodeAsync(
        TwoFactorMethod method, SignInManager<Account> signIn, UserManager<Account> users, PartaDbContext db, Outbox outbox)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        if (method == TwoFactorMethod.Email)
        {
            if (!enabled || string.IsNullOrEmpty(user.Email) || !user.EmailConfirmed)
                return Problems.Of(StatusCodes.Status409Conflict, "email_unavailable", Texts.TwoFactorEmailUnavailable);
            var code = await users.GenerateTwoFactorTokenAsync(user, TokenOptions.DefaultEmailProvider);
            outbox.Email(user.Email, $"Парта: код для входа {code}",
                $"Здравствуйте!\n\nКод для входа на платформу Парта: {code}\nНикому его не сообщайте. Если вы не входили, смените пароль.");
        }
        else
        {
            if (!enabled || string.IsNullOrEmpty(user.PhoneNumber) || !user.PhoneNumberConfirmed)
                return Problems.Of(StatusCodes.Status409Conflict, "sms_unavailable", Texts.TwoFactorSmsUnavailable);
            var code = await users.GenerateTwoFactorTokenAsync(user, TokenOptions.DefaultPhoneProvider);
            outbox.Sms(user.PhoneNumber, $"Парта: код для входа {code}. Никому его не сообщайте.");
        }
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        TwoFactorSignInRequest request, HttpContext context, PartaDbContext db, SignInManager<Account> signIn, IAntiforgery antiforgery, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        // Recovery codes are stored as XXXXX-XXXXX; the other codes are digits that people space out.
        var code = request.Method == TwoFactorMethod.Recovery ? (request.Code ?? "").Trim() : (request.Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0) return Problems.Field("code", Texts.Required);
        var result = request.Method switch
        {
            TwoFactorMethod.Sms => await signIn.TwoFactorSignInAsync(TokenOptions.DefaultPhoneProvider, code, isPersistent: true, rememberClient: false),
            TwoFactorMethod.Email => await signIn.TwoFactorSignInAsync(TokenOptions.DefaultEmailProvider, code, isPersistent: true, rememberClient: false),
            TwoFactorMethod.Recovery => await signIn.TwoFactorRecoveryCodeSignInAsync(code),
            _ => await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: true, rememberClient: false),
        };
        if (result.IsLockedOut) return Problems.Of(StatusCodes.Status423Locked, "locked_out", Texts.LockedOut);
        if (!result.Succeeded) return Problems.Field("code", Texts.CodeWrong);
        context.User = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
