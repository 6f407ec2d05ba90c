using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// A personal invitation to become an organization's administrator, sent by e-mail and SMS in the
/// caller's transaction: on approval (ORG-2) and when an administrator adds another one (ORG-3).
/// </summary>
public static class AdministratorInvitations
{
    public static void Issue(PartaDbContext db, Outbox outbox, PartaOptions options, Organization organization,
        string fullName, string phone, string email, DateTime now, string reason)
    {
        var token = Tokens.NewLinkToken();
        db.Invitations.Add(new Invitation
        {
            Id = Guid.CreateVersion7(), OrganizationId = organization.Id, Role = OrganizationRole.Administrator,
            FullName = fullName, Phone = phone, Email = email, TokenHash = Tokens.Hash(token), CreatedAt = now,
            ExpiresAt = now.AddDays(options.InvitationDays),
        });
        var link = options.Link($"/invite/{token}");
        outbox.Email(email, $"«{organization.ShortName}»: вы администратор на платформе Парта",
            $"Здравствуйте, {fullName}!\n\n{reason} Вы назначены администратором пространства организации «{organization.FullName}».\n" +
            $"Чтобы войти, откройте ссылку, подтвердите телефон кодом из SMS и задайте пароль:\n{link}\n\n" +
            $"Ссылка действует {options.InvitationDays} дней и только для вас.");
        outbox.Sms(phone, $"Парта: вы администратор «{organization.ShortName}». Вход: {link}");
    }
}
