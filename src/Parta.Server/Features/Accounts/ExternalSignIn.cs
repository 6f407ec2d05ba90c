using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>Settings of the external OpenID Connect provider (ЕСИА/Госуслуги, VK ID); off while Authority is empty.</summary>
public sealed class ExternalProviderOptions : IValidatableObject
{
    public const string Section = "ExternalSignIn";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string DisplayName { get; set; } = "Госуслуги";
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>A provider half configured would otherwise leave the sign-in page without its button, and nobody told why.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Authority)) yield break;
        if (!Settings.IsAbsoluteHttpUrl(Authority)) yield return new ValidationResult("must be the provider's absolute http(s) address", [nameof(Authority)]);
        if (string.IsNullOrWhiteSpace(ClientId)) yield return new ValidationResult("is required when ExternalSignIn:Authority is set", [nameof(ClientId)]);
    }
}

/// <summary>
/// ID-5: signing in through an external OpenID Connect provider. It signs in people who already have a
/// Parta account: the provider's login is linked the first time, by the provider's verified phone number
/// (or to the account signed in at that moment). Nobody gets into a school through the provider alone.
/// </summary>
public static class ExternalSignIn
{
    public sealed record ExternalProviderDto(string Name, string DisplayName);

    private const string CallbackPath = "/api/session/external/callback";

    /// <summary>
    /// Registers the provider only when configured: a remote-authentication handler looks at every request
    /// (for its callback path), and an unconfigured one would fail them all.
    /// </summary>
    public static void AddExternalProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ExternalProviderOptions>(ExternalProviderOptions.Section);
        if (!(configuration.GetSection(ExternalProviderOptions.Section).Get<ExternalProviderOptions>()?.Enabled ?? false)) return;
        services.AddAuthentication().AddOpenIdConnect(ExternalProviderOptions.Scheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(ExternalProviderOptions.Scheme).Configure<IOptions<ExternalProviderOptions>>((oidc, external) =>
        {
            var settings = external.Value;
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.ResponseMode = "query";
            oidc.UsePkce = true;
            oidc.CallbackPath = "/signin-oidc";
            oidc.Scope.Add("phone");
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.MapInboundClaims = false;
            // The provider redirects back with a top-level GET (response_mode=query), so Lax cookies come along;
            // Secure follows the request, so plain-http development and tests work as well as https.
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A forged, replayed or cancelled callback is the person's problem to retry, never a 500.
            oidc.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/login?external=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/session/external", (IOptions<ExternalProviderOptions> options) =>
            TypedResults.Ok(options.Value.Enabled ? [new ExternalProviderDto(ExternalProviderOptions.Scheme, options.Value.DisplayName)] : Array.Empty<ExternalProviderDto>()))
            .WithName("ListExternalProviders").WithSummary("List the external sign-in providers");

        api.MapGet("/session/external/{provider}", (string provider, SignInManager<Account> signIn, IOptions<ExternalProviderOptions> options) =>
            provider != ExternalProviderOptions.Scheme || !options.Value.Enabled
                ? (IResult)Problems.NotFound("external_provider_not_found", Texts.ExternalProviderNotFound)
                : Results.Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, CallbackPath), [provider]))
            .WithName("StartExternalSignIn").WithSummary("Start signing in through an external provider");

        api.MapGet("/session/external/callback", CallbackAsync).WithName("CompleteExternalSignIn").WithSummary("Return from the external provider");
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, SignInManager<Account> signIn, UserManager<Account> users, PartaDbContext db)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return Results.Redirect("/login?external=failed");
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: true, bypassTwoFactor: false);
        if (result.Succeeded) return Results.Redirect("/");
        if (result.RequiresTwoFactor) return Results.Redirect("/login?second-factor=1");
        if (result.IsLockedOut) return Results.Redirect("/login?external=locked");

        var account = await users.GetUserAsync(context.User) ?? await FindByVerifiedPhoneAsync(db, info.Principal);
        if (account is null) return Results.Redirect("/login?external=unknown");
        await users.AddLoginAsync(account, info);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var linked = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: true, bypassTwoFactor: false);
        return Results.Redirect(linked.RequiresTwoFactor ? "/login?second-factor=1" : "/");
    }

    /// <summary>The provider vouches for the phone (phone_number_verified); only then does it name a Parta account.</summary>
    private static async Task<Account?> FindByVerifiedPhoneAsync(PartaDbContext db, ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue("phone_number_verified") is not ("true" or "True")) return null;
        var phone = Input.NormalizeMobilePhone(principal.FindFirstValue("phone_number"));
        return phone is null ? null : await db.Users.FirstOrDefaultAsync(a => a.PhoneNumber == phone && a.PhoneNumberConfirmed);
    }
}
