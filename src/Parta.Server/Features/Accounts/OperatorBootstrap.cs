using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// There is no default password: while no operator exists, each start prints a fresh one-time link that
/// creates the first operator account. Anyone who can read the server's console owns the platform anyway.
/// </summary>
public static class OperatorBootstrap
{
    public static async Task<string?> IssueSetupLinkIfNeededAsync(PartaDbContext db, PartaOptions options, TimeProvider clock)
    {
        if (await db.Users.AnyAsync(a => a.IsOperator)) return null;
        var token = Tokens.NewLinkToken();
        await db.OperatorSetupTokens.ExecuteDeleteAsync();
        db.OperatorSetupTokens.Add(new OperatorSetupToken
        {
            Id = Guid.NewGuid(), TokenHash = Tokens.Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return options.Link($"/setup/{token}");
    }
}
