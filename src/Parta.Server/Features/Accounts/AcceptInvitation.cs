using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// The invited person confirms the phone (or, invited without a phone, the e-mail) with the code and sets
/// a password (or, if they already have an account with that phone or e-mail, proves it with their
/// password) and receives the role in the organization.
/// </summary>
public static class AcceptInvitation
{
    public sealed record AcceptInvitationRequest(string? Code, string? Password);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/invitations/{token}/accept", Handle).WithName(nameof(AcceptInvitation)).WithSummary("Accept an invitation and create the account").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string token, AcceptInvitationRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users,
        SignInManager<Account> signIn, IAntiforgery antiforgery, OneTimeCodes codes, ChatRoster roster, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, problem) = await InvitationLookup.FindUsableAsync(db, token, now, ct);
        if (invitation is null) return problem!;

        var byEmail = InvitationLookup.ByEmail(invitation);
        var (verified, codeError) = await codes.CheckAsync(InvitationLookup.CodeAddress(invitation), request.Code, ct);
        if (verified is null) return Problems.Field("code", codeError!);

        var errors = new FieldErrors();
        var normalizedEmail = users.NormalizeEmail(invitation.Email);
        // E-mail is not unique among accounts; the oldest one with the address stands for the person, as the phone does otherwise.
        var existing = byEmail
            ? await db.Users.Where(a => a.NormalizedEmail == normalizedEmail).OrderBy(a => a.CreatedAt).FirstOrDefaultAsync(ct)
            : await db.Users.FirstOrDefaultAsync(a => a.PhoneNumber == invitation.Phone, ct);
        if (existing is not null)
        {
            if (string.IsNullOrEmpty(request.Password) || !await users.CheckPasswordAsync(existing, request.Password))
                errors.Add("password", byEmail ? Texts.ExistingAccountPasswordEmail : Texts.ExistingAccountPassword);
        }
        else Input.Password(errors, "password", request.Password);
        if (errors.Any) return Problems.Validation(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claim the invitation with a conditional update so two racing requests cannot both use it.
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (claimed == 0) return Problems.Of(StatusCodes.Status410Gone, "invitation_used", Texts.InvitationUsed);

        var account = existing ?? await AccountCreation.CreateAsync(users, byEmail ? null : invitation.Phone, invitation.Email is "" ? null : invitation.Email,
            invitation.FullName, request.Password!, now);
        if (account is null) return Problems.Field("password", Texts.PasswordWeak);
        // The code proved the e-mail, so it may now carry a second factor (ID-5); saved with the claim below.
        if (byEmail) account.EmailConfirmed = true;
        await db.Invitations.Where(i => i.Id == invitation.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.AccountId, account.Id), ct);
        // A personal invitation also restores a member whose access had been ended.
        await db.Memberships.Where(m => m.OrganizationId == invitation.OrganizationId && m.AccountId == account.Id && m.Role == invitation.Role)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeactivatedAt, (DateTime?)null).SetProperty(m => m.DeactivatedById, (Guid?)null), ct);
        if (!await db.Memberships.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.AccountId == account.Id && m.Role == invitation.Role, ct))
        {
            var membership = new Membership
            {
                Id = Guid.CreateVersion7(), OrganizationId = invitation.OrganizationId, AccountId = account.Id, Role = invitation.Role, JoinedAt = now,
                // A teacher named in the school's own roster (ORG-5) is vouched for by the administrator who imported it.
                VerifiedAt = invitation.Role == OrganizationRole.Teacher ? now : null,
            };
            db.Memberships.Add(membership);
            if (invitation.ClassId is { } classId)
                db.ClassMembers.Add(new ClassMember
                {
                    Id = Guid.CreateVersion7(), OrganizationId = invitation.OrganizationId, ClassId = classId, MembershipId = membership.Id, JoinedAt = now,
                });
        }
        db.AddressVerifications.Remove(verified);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await roster.SyncAsync(invitation.OrganizationId, [account.Id], ct);

        await SignIn.SignInAsync(context, signIn, account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
