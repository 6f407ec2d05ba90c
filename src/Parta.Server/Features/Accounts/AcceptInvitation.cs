using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// The invited person confirms the phone with the code and sets a password (or, if they already have an
/// account with that phone, proves it with their password) and receives the role in the organization.
/// </summary>
public static class AcceptInvitation
{
    public const int MaxCodeFailures = 5;

    public sealed record AcceptInvitationRequest(string? Code, string? Password);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/invitations/{token}/accept", Handle).WithName(nameof(AcceptInvitation)).RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string token, AcceptInvitationRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users,
        SignInManager<Account> signIn, IAntiforgery antiforgery, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, problem) = await InvitationLookup.FindUsableAsync(db, token, now, ct);
        if (invitation is null) return problem!;

        var codeError = await CheckCodeAsync(db, invitation, request.Code, now, ct);
        if (codeError is not null) return Problems.Field("code", codeError);

        var errors = new FieldErrors();
        var existing = await db.Users.FirstOrDefaultAsync(a => a.PhoneNumber == invitation.Phone, ct);
        if (existing is not null)
        {
            if (string.IsNullOrEmpty(request.Password) || !await users.CheckPasswordAsync(existing, request.Password))
                errors.Add("password", Texts.ExistingAccountPassword);
        }
        else Input.Password(errors, "password", request.Password);
        if (errors.Any) return Problems.Validation(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claim the invitation with a conditional update so two racing requests cannot both use it.
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now).SetProperty(i => i.CodeHash, (string?)null), ct);
        if (claimed == 0) return Problems.Of(StatusCodes.Status410Gone, "invitation_used", Texts.InvitationUsed);

        var account = existing ?? await CreateAccountAsync(users, invitation, request.Password!, now);
        if (account is null) return Problems.Field("password", Texts.PasswordWeak);
        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.AccountId, account.Id), ct);
        if (!await db.Memberships.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.AccountId == account.Id && m.Role == invitation.Role, ct))
            db.Memberships.Add(new Membership
            {
                Id = Guid.CreateVersion7(), OrganizationId = invitation.OrganizationId, AccountId = account.Id, Role = invitation.Role, JoinedAt = now,
            });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await SignIn.SignInAsync(context, signIn, account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }

    /// <summary>Returns why the code is not accepted, counting failures so guessing ends after a few tries.</summary>
    private static async Task<string?> CheckCodeAsync(PartaDbContext db, Invitation invitation, string? code, DateTime now, CancellationToken ct)
    {
        if (invitation.CodeHash is null || invitation.CodeExpiresAt <= now) return Texts.CodeExpired;
        if (string.IsNullOrWhiteSpace(code)) return Texts.Required;
        if (Tokens.Matches(code.Trim(), invitation.CodeHash)) return null;

        invitation.CodeFailures++;
        var exhausted = invitation.CodeFailures >= MaxCodeFailures;
        if (exhausted) invitation.CodeHash = null;
        await db.SaveChangesAsync(ct);
        return exhausted ? Texts.CodeTooManyFailures : Texts.CodeWrong;
    }

    private static async Task<Account?> CreateAccountAsync(UserManager<Account> users, Invitation invitation, string password, DateTime now)
    {
        var account = new Account
        {
            Id = Guid.CreateVersion7(), UserName = invitation.Phone, PhoneNumber = invitation.Phone, PhoneNumberConfirmed = true,
            Email = invitation.Email, FullName = invitation.FullName, CreatedAt = now,
        };
        var result = await users.CreateAsync(account, password);
        return result.Succeeded ? account : null;
    }
}
