using Parta.Data.Entities;

namespace Parta.Server.Features.Operator;

internal static class ReviewOutcome
{
    /// <summary>Records who decided and when; a decided application never changes again.</summary>
    public static void Decide(OrganizationApplication application, ApplicationStatus status, Guid operatorId, DateTime now)
    {
        application.Status = status;
        application.ReviewedAt = now;
        application.ReviewedById = operatorId;
    }
}
