using Microsoft.AspNetCore.Http.HttpResults;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// An invitation link for many people, with an expiry and a use limit. This slice issues staff links
/// (administrators only); class links for students and parents build on the same mechanism.
/// </summary>
public static class CreateJoinLink
{
    public sealed record CreateJoinLinkRequest(JoinLinkKind? Kind, int? ExpiresInDays, int? MaxUses);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/join-links", Handle).WithName(nameof(CreateJoinLink));

    private static async Task<Results<Created<JoinLinkDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, CreateJoinLinkRequest request, HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (membership, problem) = await OrgAccess.RequireAsync(db, organizationId, context.User, OrgAccess.IsAdministrator, ct);
        if (problem is not null) return problem;

        var errors = new FieldErrors();
        if (request.Kind != JoinLinkKind.Staff) errors.Add("kind", Texts.JoinLinkKind);
        var days = request.ExpiresInDays ?? 14;
        if (days is < 1 or > 90) errors.Add("expiresInDays", Texts.JoinLinkDays);
        if (request.MaxUses is < 1 or > 2000) errors.Add("maxUses", Texts.JoinLinkUses);
        if (errors.Any) return Problems.Validation(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var link = new JoinLink
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = JoinLinkKind.Staff, Token = Tokens.NewLinkToken(),
            CreatedAt = now, CreatedById = membership!.AccountId, ExpiresAt = now.AddDays(days), MaxUses = request.MaxUses,
        };
        db.JoinLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/join-links/{link.Id}", JoinLinkDto.From(link, now));
    }
}
