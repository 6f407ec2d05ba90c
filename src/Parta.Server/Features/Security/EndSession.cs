using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Realtime;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>ID-6: ends one of the person's sessions at once (the session row is the session).</summary>
public static class EndSession
{
    public static void Map(RouteGroupBuilder account) =>
        account.MapDelete("/sessions/{sessionId:guid}", Handle).WithName(nameof(EndSession)).WithSummary("End one of my sessions");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid sessionId, HttpContext context, PartaDbContext db, SignInManager<Account> signIn, IRealtimeBus bus, CancellationToken ct)
    {
        var me = CurrentUser.RequiredId(context.User);
        var ended = await db.Sessions.Where(s => s.Id == sessionId && s.AccountId == me).ExecuteDeleteAsync(ct);
        if (ended == 0) return Problems.NotFound("session_not_found", Texts.SessionNotFound);
        // Its realtime connection closes too, on whichever node holds it.
        await bus.RefreshAccountsAsync([me]);
        if (DatabaseSessionStore.CurrentSessionId(context.User) == sessionId) await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
