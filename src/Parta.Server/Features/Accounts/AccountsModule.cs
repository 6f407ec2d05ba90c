namespace Parta.Server.Features.Accounts;

/// <summary>
/// Becoming and being someone: signing in and out (with a second factor or an external provider), the first
/// operator, personal invitations and the one-time codes that confirm a phone or an e-mail address.
/// </summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OneTimeCodes>();
        services.AddExternalProvider(configuration);
        return services;
    }

    public static void MapAccounts(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("").WithTags("Accounts");
        GetSession.Map(accounts);
        SignIn.Map(accounts);
        SignOut.Map(accounts);
        CompleteTwoFactorSignIn.Map(accounts);
        ExternalSignIn.Map(accounts);
        CheckSetupToken.Map(accounts);
        CreateFirstOperator.Map(accounts);
        GetInvitation.Map(accounts);
        SendInvitationCode.Map(accounts);
        AcceptInvitation.Map(accounts);
    }
}
