using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Reference;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Operator;

/// <summary>ORG-2: the operator's review queue, newest first, filtered by status and region.</summary>
public static class ListApplications
{
    private const int PageSize = 500;

    public static void Map(RouteGroupBuilder operatorApi) =>
        operatorApi.MapGet("/applications", Handle).WithName(nameof(ListApplications)).WithSummary("List schools' applications");

    private static async Task<Results<Ok<List<ApplicationSummaryDto>>, ValidationProblem>> Handle(
        string? status, string? region, PartaDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ApplicationStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
                statusFilter = parsed;
            else errors.Add("status", Texts.BadRequest);
        }
        if (!string.IsNullOrEmpty(region) && Regions.Find(region) is null) errors.Add("region", Texts.UnknownRegion);
        if (errors.Any) return Problems.Validation(errors);

        var query = db.Applications.AsNoTracking();
        if (statusFilter is not null) query = query.Where(a => a.Status == statusFilter);
        if (!string.IsNullOrEmpty(region)) query = query.Where(a => a.RegionCode == region);
        var rows = await query.OrderByDescending(a => a.SubmittedAt).Take(PageSize)
            .Select(a => new { a.Id, a.Kind, a.FullName, a.ShortName, a.RegionCode, a.Municipality, a.Settlement, a.Status, a.SubmittedAt })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(a => new ApplicationSummaryDto(a.Id, a.Kind, a.FullName, a.ShortName, a.RegionCode,
            Regions.NameOf(a.RegionCode), a.Municipality, a.Settlement, a.Status, a.SubmittedAt)).ToList());
    }
}
