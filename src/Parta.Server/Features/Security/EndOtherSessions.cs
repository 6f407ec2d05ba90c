using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Realtime;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>ID-6: «end all other sessions» — a lost phone or a shared computer stops working at once.</summary>
public static class EndOtherSessions
{
    public sealed record EndedSessionsDto(int Ended);

    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/sessions/end-others", async (HttpContext context, PartaDbContext db, IRealtimeBus bus, CancellationToken ct) =>
        {
            var me = CurrentUser.RequiredId(context.User);
            var current = DatabaseSessionStore.CurrentSessionId(context.User);
            var ended = await db.Sessions.Where(s => s.AccountId == me && s.Id != current).ExecuteDeleteAsync(ct);
            await bus.RefreshAccountsAsync([me]);
            return TypedResults.Ok(new EndedSessionsDto(ended));
        }).WithName(nameof(EndOtherSessions)).WithSummary("End all my sessions but this one");
}
