using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Accounts;

/// <summary>Creates the first operator through the one-time link printed on first start.</summary>
public static class CreateFirstOperator
{
    public sealed record CreateFirstOperatorRequest(string? Token, string? FullName, string? Email, string? Phone, string? Password);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/setup/operator", Handle).WithName(nameof(CreateFirstOperator)).WithSummary("Create the platform's first operator").RequireRateLimiting(RateLimits.SignIn);

    private static async Task<Results<Ok<SessionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateFirstOperatorRequest request, HttpContext context, PartaDbContext db, UserManager<Account> users, SignInManager<Account> signIn,
        IAntiforgery antiforgery, TimeProvider clock, CancellationToken ct)
    {
        var setupToken = string.IsNullOrEmpty(request.Token) ? null
            : await db.OperatorSetupTokens.FirstOrDefaultAsync(t => t.TokenHash == Tokens.Hash(request.Token), ct);
        if (setupToken is null) return Problems.NotFound("setup_token_invalid", Texts.SetupTokenInvalid);

        var errors = new FieldErrors();
        var fullName = Input.Text(errors, "fullName", request.FullName, Limits.PersonName);
        var email = Input.Email(errors, "email", request.Email);
        var phone = Input.MobilePhone(errors, "phone", request.Phone);
        var password = Input.Password(errors, "password", request.Password);
        if (phone is not null && await db.Users.AnyAsync(a => a.PhoneNumber == phone, ct)) errors.Add("phone", Texts.PhoneTaken);
        if (errors.Any) return Problems.Validation(errors);

        var account = new Account
        {
            Id = Guid.CreateVersion7(), UserName = phone, PhoneNumber = phone, Email = email, FullName = fullName!,
            IsOperator = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(account, password!);
        if (!created.Succeeded) return Problems.Field("password", string.Join(" ", created.Errors.Select(e => e.Description)));
        db.OperatorSetupTokens.Remove(setupToken);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await SignIn.SignInAsync(context, signIn, account);
        return TypedResults.Ok(await SessionResponse.BuildAsync(context, db, antiforgery, ct));
    }
}
