using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Parta.Data.Entities;
using Parta.Server.Features.Accounts;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Security;

/// <summary>
/// ID-6, first step of changing the phone: a code to the current phone (whoever holds the session must
/// also hold the phone) and a code to the new one (it must be theirs). An account without a phone gets
/// only the second. <see cref="ChangePhone"/> completes it with both codes.
/// </summary>
public static class SendPhoneChangeCodes
{
    public sealed record SendPhoneChangeCodesRequest(string? NewPhone);

    /// <summary><c>MaskedCurrentPhone</c> is null when the account has no phone yet, so no code went to one.</summary>
    public sealed record PhoneChangeCodesDto(string? MaskedCurrentPhone);

    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/phone/codes", Handle).WithName(nameof(SendPhoneChangeCodes)).WithSummary("Send codes to confirm a new phone number").RequireRateLimiting(RateLimits.Codes);

    private static async Task<Results<Ok<PhoneChangeCodesDto>, ValidationProblem, ProblemHttpResult>> Handle(
        SendPhoneChangeCodesRequest request, HttpContext context, UserManager<Account> users, OneTimeCodes codes, CancellationToken ct)
    {
        var account = await users.GetUserAsync(context.User);
        if (account is null) return Problems.Of(StatusCodes.Status401Unauthorized, "unauthenticated", Texts.Unauthenticated);
        var errors = new FieldErrors();
        // Whether another account has the number is not said here: the answer would tell anyone signed in, in any
        // school, whose number has an account (ID-7). The code goes out either way; ChangePhone says it once the
        // code shows the caller holds that phone.
        var newPhone = ChangePhone.NewPhone(account, request.NewPhone, errors);
        if (errors.Any) return Problems.Validation(errors);
        if (await codes.RefusalAsync(context, ct, [.. new[] { account.PhoneNumber, newPhone }.OfType<string>().Where(p => p.Length > 0)]) is { } tooMany) return tooMany;

        if (account.PhoneNumber is { Length: > 0 } current) await codes.SendSmsAsync(current, ct);
        await codes.SendSmsAsync(newPhone!, ct);
        return TypedResults.Ok(new PhoneChangeCodesDto(account.PhoneNumber is { Length: > 0 } phone ? InvitationLookup.MaskPhone(phone) : null));
    }
}
