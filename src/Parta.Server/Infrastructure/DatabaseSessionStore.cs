using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Realtime;
using Parta.Data.Entities;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Keeps authentication tickets in the database; the cookie holds only the session id. Deleting the row
/// ends the session everywhere at once (ID-6), and sessions can be listed per person. Rows read lately are
/// kept in <see cref="SessionCache"/>, which every ending of a session clears.
/// </summary>
public sealed class DatabaseSessionStore(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, SessionCache cache) : ITicketStore
{
    private static readonly TimeSpan LastSeenGranularity = TimeSpan.FromMinutes(1);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var context = http.HttpContext;
        var userAgent = context?.Request.Headers.UserAgent.ToString();
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            AccountId = Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            UserAgent = userAgent is { Length: > Limits.UserAgent } ? userAgent[..Limits.UserAgent] : userAgent,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(14),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id.ToString();
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParse(key, out var id)) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // A sign-in on a device that already has a session renews the same key, possibly for another person.
        var accountId = Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var previousAccountId = await db.Sessions.Where(s => s.Id == id).Select(s => (Guid?)s.AccountId).FirstOrDefaultAsync();
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AccountId, accountId)
            .SetProperty(x => x.Ticket, TicketSerializer.Default.Serialize(ticket))
            .SetProperty(x => x.LastSeenAt, now)
            .SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc.HasValue ? ticket.Properties.ExpiresUtc.Value.UtcDateTime : now.AddDays(14)));
        // After the write: a read that started before it is then not kept (SessionCache.Generation).
        cache.Forget(id);
        // Someone else signed in on this device (a shared school computer): the previous person's ticket must
        // not stay cached on another node, nor their realtime connection stay open with this session.
        if (previousAccountId is { } previous && previous != accountId)
            await scope.ServiceProvider.GetRequiredService<IRealtimeBus>().RefreshAccountsAsync([previous, accountId]);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id)) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var session = cache.Find(id) ?? await ReadAsync(id);
        if (session is null || session.ExpiresAt <= now) return null;
        if (now - session.LastSeenAt > LastSeenGranularity)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
            cache.Touch(id, now);
        }
        var ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        // Lets handlers know which session is "this device" (the cookie handler keeps the key to itself).
        if (ticket?.Principal.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionIdClaim))
            identity.AddClaim(new Claim(SessionIdClaim, key));
        return ticket;
    }

    private async Task<SessionCache.Session?> ReadAsync(Guid id)
    {
        var generation = cache.Generation;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SessionCache.Session(s.AccountId, s.Ticket, s.ExpiresAt, s.LastSeenAt))
            .FirstOrDefaultAsync();
        if (session is not null) cache.Remember(id, session, generation);
        return session;
    }

    public const string SessionIdClaim = "parta:session";

    public static Guid? CurrentSessionId(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(SessionIdClaim), out var id) ? id : null;

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id)) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var accountId = await db.Sessions.Where(s => s.Id == id).Select(s => (Guid?)s.AccountId).FirstOrDefaultAsync();
        await db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        cache.Forget(id);
        // Signing out closes this session's realtime connection as well.
        if (accountId is { } account) await scope.ServiceProvider.GetRequiredService<IRealtimeBus>().RefreshAccountsAsync([account]);
    }
}
