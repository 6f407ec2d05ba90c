using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-6: the phone changes only with a code from the current phone and a code from the new one (just the
/// new one's when the account has no phone yet), so a stolen session cannot move the account to another
/// number. The codes follow the usual rules (<see cref="OneTimeCodes"/>: 10 minutes, five wrong tries).
/// From then on the new phone signs in and the old one does not.
/// </summary>
public static class ChangePhone
{
    public sealed record ChangePhoneRequest(string? NewPhone, string? CurrentPhoneCode, string? NewPhoneCode);

    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/phone", Handle).WithName(nameof(ChangePhone)).WithSummary("Change my phone number").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        ChangePhoneRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users, OneTimeCodes codes,
        IAntiforgery antiforgery, CancellationToken ct)
    {
        var account = await users.GetUserAsync(context.User);
        if (account is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        var errors = new FieldErrors();
        var newPhone = NewPhone(account, request.NewPhone, errors);
        if (errors.Any) return Problems.Validation(errors);

        // Both codes are checked even when the first is wrong, so each wrong try counts against its own code.
        var currentPhone = account.PhoneNumber is { Length: > 0 } phone ? phone : null;
        AddressVerification? currentVerified = null;
        if (currentPhone is not null)
        {
            (currentVerified, var currentError) = await codes.CheckAsync(currentPhone, request.CurrentPhoneCode, ct);
            if (currentVerified is null) errors.Add("currentPhoneCode", currentError!);
        }
        var (newVerified, newError) = await codes.CheckAsync(newPhone!, request.NewPhoneCode, ct);
        if (newVerified is null) errors.Add("newPhoneCode", newError!);
        if (errors.Any) return Problems.Validation(errors);
        // Only now, with the code that went to the number, may the caller learn that it belongs to another account.
        if (await users.Users.AnyAsync(a => a.PhoneNumber == newPhone && a.Id != account.Id, ct)) return Problems.Conflict("phone_taken", Texts.PhoneTaken);

        account.PhoneNumber = newPhone;
        account.PhoneNumberConfirmed = true;
        // A phone account's user name is its phone (AccountCreation); it follows, so the old number is free for someone else.
        if (account.UserName == currentPhone) account.UserName = newPhone;
        if (currentVerified is not null) db.AddressVerifications.Remove(currentVerified);
        db.AddressVerifications.Remove(newVerified!);
        try
        {
            // Identity normalizes the user name and saves the verifications' removal with the account.
            var updated = await users.UpdateAsync(account);
            if (!updated.Succeeded) return Problems.Conflict("phone_taken", Texts.PhoneTaken);
        }
        catch (DbUpdateException)
        {
            // Someone took the number between the check and the save: the unique index stops it.
            return Problems.Conflict("phone_taken", Texts.PhoneTaken);
        }
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }

    /// <summary>The new phone, normalized; a field error when it is not a mobile number or is the current one.</summary>
    internal static string? NewPhone(Account account, string? value, FieldErrors errors)
    {
        var phone = Input.MobilePhone(errors, "newPhone", value);
        if (phone is null || phone != account.PhoneNumber) return phone;
        errors.Add("newPhone", Texts.SamePhone);
        return null;
    }
}
