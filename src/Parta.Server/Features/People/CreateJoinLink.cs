using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Organizations;
using Parta.Server.Features.Structure;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// An invitation link for many people, with an expiry and a use limit: staff links (administrators),
/// and a class's student and parent links (administrators and the class teacher).
/// </summary>
public static class CreateJoinLink
{
    public sealed record CreateJoinLinkRequest(JoinLinkKind? Kind, Guid? ClassId, int? ExpiresInDays, int? MaxUses);

    public static void Map(RouteGroupBuilder organization) =>
        organization.MapPost("/join-links", Handle).ForStaff().WithName(nameof(CreateJoinLink)).WithSummary("Create a join link");

    private static async Task<Results<Created<JoinLinkDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid organizationId, OrganizationMember caller, CreateJoinLinkRequest request, PartaDbContext db, TimeProvider clock, CancellationToken ct)
    {

        var errors = new FieldErrors();
        SchoolClass? schoolClass = null;
        if (request.Kind is null || !Enum.IsDefined(request.Kind.Value)) errors.Add("kind", Texts.JoinLinkKind);
        else if (request.Kind == JoinLinkKind.Staff)
        {
            if (!OrgAccess.IsAdministrator(caller.Membership)) return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);
        }
        else
        {
            schoolClass = request.ClassId is null ? null
                : await db.Classes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ClassId && c.OrganizationId == organizationId, ct);
            if (schoolClass is null) errors.Add("classId", Texts.UnknownClass);
            else if (!await ClassAccess.CanManageAsync(db, caller.Membership, schoolClass.Id, ct))
                return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", Texts.Forbidden);
            else if (request.Kind == JoinLinkKind.ClassStudents && schoolClass.Grade is >= 1 and <= 4
                && !await db.Organizations.AnyAsync(o => o.Id == organizationId && o.PrimaryGradesOpen, ct))
                errors.Add("classId", Texts.PrimaryGradesClosed);
        }
        var days = request.ExpiresInDays ?? 14;
        if (days is < 1 or > 90) errors.Add("expiresInDays", Texts.JoinLinkDays);
        if (request.MaxUses is < 1 or > 2000) errors.Add("maxUses", Texts.JoinLinkUses);
        if (errors.Any) return Problems.Validation(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var link = new JoinLink
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, Kind = request.Kind!.Value, ClassId = schoolClass?.Id, Token = Tokens.NewLinkToken(),
            CreatedAt = now, CreatedById = caller.AccountId, ExpiresAt = now.AddDays(days), MaxUses = request.MaxUses,
        };
        db.JoinLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organizations/{organizationId}/join-links/{link.Id}", JoinLinkDto.From(link, schoolClass?.Name, now));
    }
}
