using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>ID-6: the person's own sessions — device, address, last activity — the current one marked.</summary>
public static class ListSessions
{
    public sealed record SessionInfoDto(Guid Id, string Device, string? IpAddress, DateTime CreatedAt, DateTime LastSeenAt, bool Current);

    public static void Map(RouteGroupBuilder account) =>
        account.MapGet("/sessions", async (HttpContext context, PartaDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var me = CurrentUser.RequiredId(context.User);
            var current = DatabaseSessionStore.CurrentSessionId(context.User);
            var now = clock.GetUtcNow().UtcDateTime;
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == me && s.ExpiresAt > now)
                .OrderByDescending(s => s.LastSeenAt)
                .Select(s => new { s.Id, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt }).ToListAsync(ct);
            return TypedResults.Ok(sessions
                .Select(s => new SessionInfoDto(s.Id, DeviceNames.Describe(s.UserAgent), s.IpAddress, s.CreatedAt, s.LastSeenAt, s.Id == current))
                .OrderByDescending(s => s.Current).ToList());
        }).WithName(nameof(ListSessions)).WithSummary("List my sessions (devices)");
}
