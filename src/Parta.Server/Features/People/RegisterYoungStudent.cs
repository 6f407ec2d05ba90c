using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.People;

/// <summary>
/// ID-3 for grades 1–4 (when the school opened them): a young student without a phone registers with a
/// parent's e-mail. The account gets a generated login; the parent receives a confirmation link, and the
/// membership opens nothing until the parent confirms (and so consents, ID-8).
/// </summary>
public static class RegisterYoungStudent
{
    public sealed record RegisterYoungStudentRequest(string? FullName, string? ParentEmail, string? Password);

    public sealed record YoungStudentRegisteredDto(string Login);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/join/{token}/young", Handle).WithName(nameof(RegisterYoungStudent)).WithSummary("Register a student under 14 (parent consent follows)").RequireRateLimiting(RateLimits.Codes);

    private static async Task<Results<Ok<YoungStudentRegisteredDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string token, RegisterYoungStudentRequest request, PartaDbContext db, UserManager<Account> users, Outbox outbox,
        IOptions<PartaOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (link, problem) = await JoinLinkLookup.FindUsableAsync(db, token, now, ct);
        if (link is null) return problem!;
        var schoolClass = link.Kind == JoinLinkKind.ClassStudents ? await db.Classes.FirstOrDefaultAsync(c => c.Id == link.ClassId, ct) : null;
        if (schoolClass is null || schoolClass.Grade is not (>= 1 and <= 4)) return Problems.Field("fullName", Texts.YoungOnlyPrimary);

        var errors = new FieldErrors();
        var fullName = Input.Text(errors, "fullName", request.FullName, Limits.PersonName);
        var parentEmail = Input.Email(errors, "parentEmail", request.ParentEmail);
        var password = Input.Password(errors, "password", request.Password);
        if (errors.Any) return Problems.Validation(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var counted = await db.JoinLinks.Where(l => l.Id == link.Id && l.RevokedAt == null && l.ExpiresAt > now && (l.MaxUses == null || l.Uses < l.MaxUses))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Uses, l => l.Uses + 1), ct);
        if (counted == 0) return Problems.Of(StatusCodes.Status410Gone, "join_link_used_up", Texts.JoinLinkUsedUp);
        var login = await NewLoginAsync(db, ct);
        var account = new Account { Id = Guid.CreateVersion7(), UserName = login, FullName = fullName!, CreatedAt = now };
        if (!(await users.CreateAsync(account, password!)).Succeeded) return Problems.Field("password", Texts.PasswordWeak);
        var consentToken = Tokens.NewLinkToken();
        var membership = new Membership
        {
            Id = Guid.CreateVersion7(), OrganizationId = link.OrganizationId, AccountId = account.Id, Role = OrganizationRole.Student,
            JoinedAt = now, JoinedThroughLinkId = link.Id, ParentConsentTokenHash = Tokens.Hash(consentToken),
        };
        db.Memberships.Add(membership);
        db.ClassMembers.Add(new ClassMember { Id = Guid.CreateVersion7(), OrganizationId = link.OrganizationId, ClassId = schoolClass.Id, MembershipId = membership.Id, JoinedAt = now });
        var school = await db.Organizations.Where(o => o.Id == link.OrganizationId).Select(o => o.ShortName).FirstAsync(ct);
        outbox.Email(parentEmail!, $"Подтвердите регистрацию ребёнка в «{school}»",
            $"Здравствуйте!\n\n{fullName} регистрируется на платформе Парта как ученик {schoolClass.Name} класса «{school}» и указал(а) ваш адрес.\n" +
            $"Если это ваш ребёнок, подтвердите регистрацию и согласие на обработку персональных данных:\n{options.Value.Link($"/consent/{consentToken}")}\n\n" +
            $"Логин ребёнка для входа: {login}\nЕсли вы не знаете, о ком речь, просто проигнорируйте письмо.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(new YoungStudentRegisteredDto(login));
    }

    /// <summary>A login a child can type: «uchenik-482917».</summary>
    private static async Task<string> NewLoginAsync(PartaDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var login = $"uchenik-{RandomNumberGenerator.GetInt32(100000, 1000000)}";
            if (!await db.Users.AnyAsync(a => a.NormalizedUserName == login.ToUpperInvariant(), ct)) return login;
        }
    }
}
