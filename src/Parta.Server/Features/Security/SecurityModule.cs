namespace Parta.Server.Features.Security;

/// <summary>
/// A person's own account, under /api/account: sessions (ID-6), password, phone, second factor (ID-5), the export of
/// their data and the deletion of their account, which <see cref="AccountDeletionSweeper"/> carries out when due.
/// </summary>
public static class SecurityModule
{
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddSingleton<AccountDeletionSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<AccountDeletionSweeper>());
        return services;
    }

    public static void MapSecurity(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").RequireAuthorization().WithTags("Security");
        ListSessions.Map(account);
        EndSession.Map(account);
        EndOtherSessions.Map(account);
        ChangePassword.Map(account);
        SendPhoneChangeCodes.Map(account);
        ChangePhone.Map(account);
        TwoFactorSetup.Map(account);
        ExportMyData.Map(account);
        RequestAccountDeletion.Map(account);
    }
}
