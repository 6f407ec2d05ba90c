using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using QRCoder;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-5: the second factor. An authenticator app (TOTP, enrolled by a QR code, with one-time recovery
/// codes); at sign-in an SMS code to the confirmed phone works as well. Administrators must have it.
/// </summary>
public static class TwoFactorSetup
{
    public sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft);

    public sealed record AuthenticatorEnrolmentDto(string SharedKey, string OtpAuthUri, string QrSvg);

    public sealed record EnableTwoFactorRequest(string? Code);

    public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);

    public sealed record DisableTwoFactorRequest(string? Password);

    public static void Map(RouteGroupBuilder account)
    {
        account.MapGet("/two-factor", async (HttpContext context, UserManager<Account> users) =>
        {
            var user = (await users.GetUserAsync(context.User))!;
            return TypedResults.Ok(new TwoFactorStatusDto(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user)));
        }).WithName("GetTwoFactor").WithSummary("Show my second-factor settings");

        account.MapPost("/two-factor/authenticator", async (HttpContext context, UserManager<Account> users, IOptions<PartaOptions> options) =>
        {
            var user = (await users.GetUserAsync(context.User))!;
            // A fresh key for every enrolment: an abandoned earlier attempt leaves nothing usable behind.
            await users.ResetAuthenticatorKeyAsync(user);
            var key = (await users.GetAuthenticatorKeyAsync(user))!;
            var issuer = Uri.EscapeDataString("Парта");
            var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.PhoneNumber ?? user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            return TypedResults.Ok(new AuthenticatorEnrolmentDto(key, uri, new SvgQRCode(data).GetGraphic(6)));
        }).WithName("StartAuthenticatorEnrolment").WithSummary("Start enrolling an authenticator app");

        account.MapPost("/two-factor/enable", async Task<Results<Ok<RecoveryCodesDto>, ValidationProblem>> (
            EnableTwoFactorRequest request, HttpContext context, UserManager<Account> users) =>
        {
            var user = (await users.GetUserAsync(context.User))!;
            var code = (request.Code ?? "").Replace(" ", "").Replace("-", "");
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
                return Problems.Field("code", Texts.CodeWrong);
            await users.SetTwoFactorEnabledAsync(user, true);
            var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            return TypedResults.Ok(new RecoveryCodesDto(recovery!.ToList()));
        }).WithName("EnableTwoFactor").WithSummary("Turn the second factor on").RequireRateLimiting(RateLimits.SignIn);

        account.MapPost("/two-factor/disable", async Task<Results<NoContent, ValidationProblem>> (
            DisableTwoFactorRequest request, HttpContext context, UserManager<Account> users) =>
        {
            var user = (await users.GetUserAsync(context.User))!;
            if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 128 || !await users.CheckPasswordAsync(user, request.Password))
                return Problems.Field("password", Texts.CurrentPasswordWrong);
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            return TypedResults.NoContent();
        }).WithName("DisableTwoFactor").WithSummary("Turn the second factor off").RequireRateLimiting(RateLimits.SignIn);
    }
}
