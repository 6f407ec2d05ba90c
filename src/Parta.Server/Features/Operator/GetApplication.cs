using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Operator;

public static class GetApplication
{
    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/applications/{id:guid}", Handle).WithName(nameof(GetApplication)).WithSummary("Show an application");

    private static async Task<Results<Ok<ApplicationDetailDto>, ProblemHttpResult>> Handle(Guid id, PartaDbContext db, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is null
            ? Problems.NotFound("application_not_found", Texts.ApplicationNotFound)
            : TypedResults.Ok(ApplicationDetailDto.From(application));
    }
}
