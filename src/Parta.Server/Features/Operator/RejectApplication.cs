using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Operator;

/// <summary>ORG-2: rejection with a reason that the applicant sees on the tracking page and in an e-mail.</summary>
public static class RejectApplication
{
    public sealed record RejectApplicationRequest(string? Reason);

    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapPost("/applications/{id:guid}/reject", Handle).WithName(nameof(RejectApplication)).WithSummary("Reject an application");

    private static async Task<Results<Ok<ApplicationDetailDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, RejectApplicationRequest request, HttpContext context, PartaDbContext db, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("application_not_found", Texts.ApplicationNotFound);
        if (application.Status != ApplicationStatus.Pending) return Problems.Conflict("already_reviewed", Texts.AlreadyReviewed);

        var errors = new FieldErrors();
        var reason = Input.MultilineText(errors, "reason", request.Reason, Limits.Reason);
        if (errors.Any) return Problems.Validation(errors);

        ReviewOutcome.Decide(application, ApplicationStatus.Rejected, CurrentUser.RequiredId(context.User), clock.GetUtcNow().UtcDateTime);
        application.RejectionReason = reason;
        outbox.Email(application.AdminEmail, $"Заявка «{application.ShortName}» отклонена",
            $"Здравствуйте, {application.AdminFullName}!\n\nЗаявка организации «{application.FullName}» отклонена оператором платформы.\n" +
            $"Причина: {reason}\n\nВы можете исправить данные и подать новую заявку.");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ApplicationDetailDto.From(application));
    }
}
