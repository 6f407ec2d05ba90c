using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>Finds a link that still admits people, or says plainly why it does not.</summary>
internal static class JoinLinkLookup
{
    public static async Task<(JoinLink? Link, ProblemHttpResult? Problem)> FindUsableAsync(PartaDbContext db, string token, DateTime now, CancellationToken ct)
    {
        var link = await db.JoinLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Token == token, ct);
        if (link is null) return (null, Problems.NotFound("join_link_not_found", Texts.JoinLinkNotFound));
        return JoinLinkDto.StateOf(link, now) switch
        {
            JoinLinkState.Revoked => (null, Gone("join_link_revoked", Texts.JoinLinkRevoked)),
            JoinLinkState.Expired => (null, Gone("join_link_expired", Texts.JoinLinkExpired)),
            JoinLinkState.UsedUp => (null, Gone("join_link_used_up", Texts.JoinLinkUsedUp)),
            _ => (link, null),
        };
    }

    /// <summary>Staff links belong to administrators; a class's links also to its class teacher.</summary>
    public static async Task<bool> CanManageAsync(PartaDbContext db, Membership membership, JoinLink link, CancellationToken ct) =>
        link.ClassId is { } classId
            ? await Structure.ClassAccess.CanManageAsync(db, membership, classId, ct)
            : Organizations.OrgAccess.IsAdministrator(membership);

    private static ProblemHttpResult Gone(string code, string title) => Problems.Of(StatusCodes.Status410Gone, code, title);
}
