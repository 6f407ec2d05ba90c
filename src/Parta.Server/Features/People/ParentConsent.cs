using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>ID-3/ID-8: the parent, from the e-mailed link, sees who registered and confirms (consenting), which opens the child's membership.</summary>
public static class ParentConsent
{
    public sealed record PendingChildDto(string ChildName, string ClassName, string OrganizationShortName);

    public sealed record GiveConsentRequest(bool? Consent);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/consent/{token}", Show).WithName("GetParentConsent").WithSummary("Show a parent-consent request");
        api.MapPost("/consent/{token}", Give).WithName("GiveParentConsent").WithSummary("Give or refuse parent consent").RequireRateLimiting(RateLimits.SignIn);
    }

    private static async Task<Results<Ok<PendingChildDto>, ProblemHttpResult>> Show(string token, PartaDbContext db, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var pending = await (
            from m in db.Memberships where m.ParentConsentTokenHash == hash
            join a in db.Users on m.AccountId equals a.Id
            join o in db.Organizations on m.OrganizationId equals o.Id
            join cm in db.ClassMembers on m.Id equals cm.MembershipId
            join c in db.Classes on cm.ClassId equals c.Id
            select new PendingChildDto(a.FullName, c.Name, o.ShortName)).FirstOrDefaultAsync(ct);
        return pending is null ? Problems.NotFound("consent_not_found", Texts.ConsentNotFound) : TypedResults.Ok(pending);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Give(
        string token, GiveConsentRequest request, PartaDbContext db, ChatRoster roster, TimeProvider clock, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.ParentConsentTokenHash == hash, ct);
        if (membership is null) return Problems.NotFound("consent_not_found", Texts.ConsentNotFound);
        if (request.Consent != true) return Problems.Field("consent", Texts.ConsentRequired);
        membership.ParentConsentTokenHash = null;
        membership.ParentConsentGivenAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await roster.SyncAsync(membership.OrganizationId, [membership.AccountId], ct);
        return TypedResults.NoContent();
    }
}
