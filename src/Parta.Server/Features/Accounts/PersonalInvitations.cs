using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;
using Parta.Server.Infrastructure.Messaging;

namespace Parta.Server.Features.Accounts;

/// <summary>
/// A personal invitation to one named person, sent by e-mail (when known) and SMS (when known) in the
/// caller's transaction: an administrator on approval (ORG-2) or added by another (ORG-3), and everyone an
/// import brings in (ORG-5). The person claims it with a code sent to the same phone, or to the same
/// e-mail when a roster gave no phone.
/// </summary>
public static class PersonalInvitations
{
    public static void Issue(PartaDbContext db, Outbox outbox, PartaOptions options, Organization organization, OrganizationRole role,
        Guid? classId, string fullName, string? phone, string? email, DateTime now, string reason)
    {
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(), OrganizationId = organization.Id, Role = role, ClassId = classId,
            FullName = fullName, Phone = phone ?? "", Email = email ?? "", TokenHash = "", CreatedAt = now,
        };
        db.Invitations.Add(invitation);
        Send(outbox, options, organization, invitation, now, reason);
    }

    /// <summary>
    /// Gives the invitation a fresh link and a fresh term and sends it. Only the link's hash is kept, so a
    /// resend cannot repeat the old link: it replaces it, and the old one stops working.
    /// </summary>
    public static void Send(Outbox outbox, PartaOptions options, Organization organization, Invitation invitation, DateTime now, string reason)
    {
        var token = Tokens.NewLinkToken();
        invitation.TokenHash = Tokens.Hash(token);
        invitation.ExpiresAt = now.AddDays(options.InvitationDays);
        var (fullName, phone, email) = (invitation.FullName, invitation.Phone, invitation.Email);
        var link = options.Link($"/invite/{token}");
        var asWhom = RoleName(invitation.Role);
        if (email.Length > 0)
            outbox.Email(email, $"«{organization.ShortName}»: приглашение на платформу Парта ({asWhom})",
                $"Здравствуйте, {fullName}!\n\n{reason} Вас приглашают в пространство организации «{organization.FullName}» как {asWhom}.\n" +
                $"Чтобы войти, откройте ссылку, подтвердите {(phone.Length == 0 ? "адрес почты кодом из письма" : "телефон кодом из SMS")} и задайте пароль:\n{link}\n\n" +
                $"Ссылка действует {options.InvitationDays} дней и только для вас.");
        if (phone.Length > 0) outbox.Sms(phone, $"Парта: приглашение в «{organization.ShortName}» ({asWhom}). Вход: {link}");
    }

    private static string RoleName(OrganizationRole role) => role switch
    {
        OrganizationRole.Administrator => "администратора",
        OrganizationRole.Teacher => "учителя",
        OrganizationRole.Student => "ученика",
        _ => "родителя",
    };
}
