using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Operator;

/// <summary>The platform's operators, under /api/operator: schools' applications and the outbox of e-mails and SMS.</summary>
public static class OperatorModule
{
    public static void MapOperator(this RouteGroupBuilder api)
    {
        var operatorApi = api.MapGroup("/operator").RequireAuthorization(CurrentUser.OperatorPolicy).WithTags("Operator");
        ListApplications.Map(operatorApi);
        GetApplication.Map(operatorApi);
        GetApplicationDocument.Map(operatorApi);
        ApproveApplication.Map(operatorApi);
        RejectApplication.Map(operatorApi);
        ListOutbox.Map(operatorApi);
    }
}
