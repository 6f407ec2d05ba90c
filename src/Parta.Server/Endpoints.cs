using Parta.Server.Features.Accounts;
using Parta.Server.Features.Operator;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server;

/// <summary>Every use case's route, grouped by who may call it.</summary>
public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        ListRegions.Map(api);

        GetSession.Map(api);
        SignIn.Map(api);
        SignOut.Map(api);
        CheckSetupToken.Map(api);
        CreateFirstOperator.Map(api);
        GetInvitation.Map(api);
        SendInvitationCode.Map(api);
        AcceptInvitation.Map(api);

        SubmitApplication.Map(api);
        TrackApplication.Map(api);
        GetOrganization.Map(api);
        GetPublicOrganization.Map(api);

        var operatorApi = api.MapGroup("/operator").RequireAuthorization(CurrentUser.OperatorPolicy);
        ListApplications.Map(operatorApi);
        GetApplication.Map(operatorApi);
        GetApplicationDocument.Map(operatorApi);
        ApproveApplication.Map(operatorApi);
        RejectApplication.Map(operatorApi);
        ListOutbox.Map(operatorApi);
    }
}
