using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Server.Features.Chats;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.People;

/// <summary>
/// Joining through an invitation link. A signed-in person joins with their account; anyone else proves
/// the phone with a code and sets a password (or gives the existing account's password). Staff join as
/// unverified teachers who see nothing of the school until an administrator confirms them (ID-2);
/// students join their class (ID-3); parents join their child's class (ID-4) — a parent of children in
/// two classes uses both classes' links with one membership.
/// </summary>
public static class JoinOrganization
{
    public sealed record JoinOrganizationRequest(string? FullName, string? Phone, string? Code, string? Password);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/join/{token}", Handle).WithName(nameof(JoinOrganization)).WithSummary("Join a school through a join link").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string token, JoinOrganizationRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users,
        SignInManager<Account> signIn, IAntiforgery antiforgery, OneTimeCodes codes, ChatRoster roster, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (link, problem) = await JoinLinkLookup.FindUsableAsync(db, token, now, ct);
        if (link is null) return problem!;

        var signedIn = CurrentUser.IdOf(context.User);
        var account = signedIn is null ? null : await db.Users.FirstOrDefaultAsync(a => a.Id == signedIn, ct);
        AddressVerification? verified = null;
        string? fullName = null, password = null;
        if (account is null)
        {
            var errors = new FieldErrors();
            var phone = Input.MobilePhone(errors, "phone", request.Phone);
            if (errors.Any) return Problems.Validation(errors);
            (verified, var codeError) = await codes.CheckAsync(phone!, request.Code, ct);
            if (verified is null) return Problems.Field("code", codeError!);
            account = await db.Users.FirstOrDefaultAsync(a => a.PhoneNumber == phone, ct);
            if (account is not null)
            {
                if (string.IsNullOrEmpty(request.Password) || !await users.CheckPasswordAsync(account, request.Password))
                    errors.Add("password", Texts.ExistingAccountPassword);
            }
            else
            {
                fullName = Input.Text(errors, "fullName", request.FullName, Limits.PersonName);
                password = Input.Password(errors, "password", request.Password);
            }
            if (errors.Any) return Problems.Validation(errors);
        }
        var role = link.Kind switch
        {
            JoinLinkKind.ClassStudents => OrganizationRole.Student,
            JoinLinkKind.ClassParents => OrganizationRole.Parent,
            _ => OrganizationRole.Teacher,
        };
        var existing = account is null ? null
            : await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == link.OrganizationId && m.AccountId == account.Id && m.Role == role, ct);
        if (existing?.DeactivatedAt is not null)
            return Problems.Of(StatusCodes.Status403Forbidden, "membership_deactivated", Texts.MembershipDeactivated);
        if (existing is not null && (role != OrganizationRole.Parent
                || await db.ClassMembers.AnyAsync(c => c.ClassId == link.ClassId && c.MembershipId == existing.Id, ct)))
            return Problems.Conflict("already_member", role == OrganizationRole.Parent ? Texts.AlreadyInClass : Texts.AlreadyMember);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Count the use with a conditional update, so a link with one use left admits one person.
        var counted = await db.JoinLinks.Where(l => l.Id == link.Id && l.RevokedAt == null && l.ExpiresAt > now && (l.MaxUses == null || l.Uses < l.MaxUses))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Uses, l => l.Uses + 1), ct);
        if (counted == 0) return Problems.Of(StatusCodes.Status410Gone, "join_link_used_up", Texts.JoinLinkUsedUp);
        account ??= await AccountCreation.CreateAsync(users, verified!.Address, null, fullName!, password!, now);
        if (account is null) return Problems.Field("password", Texts.PasswordWeak);
        var membership = existing ?? new Membership
        {
            Id = Guid.CreateVersion7(), OrganizationId = link.OrganizationId, AccountId = account.Id, Role = role,
            JoinedAt = now, JoinedThroughLinkId = link.Id,
        };
        if (existing is null) db.Memberships.Add(membership);
        if (link.ClassId is { } classId)
            db.ClassMembers.Add(new ClassMember
            {
                Id = Guid.CreateVersion7(), OrganizationId = link.OrganizationId, ClassId = classId, MembershipId = membership.Id, JoinedAt = now,
            });
        if (verified is not null) db.AddressVerifications.Remove(verified);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await roster.SyncAsync(link.OrganizationId, [account.Id], ct);

        if (signedIn is null) await SignIn.SignInAsync(context, signIn, account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
