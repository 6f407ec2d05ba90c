using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>Checks one roster line the same way for every format, reporting problems by file and line.</summary>
public static class ImportChecks
{
    public static OrganizationRole? Role(string text) => text.Trim().ToLowerInvariant() switch
    {
        "учитель" or "педагог" or "teacher" => OrganizationRole.Teacher,
        "ученик" or "учащийся" or "student" => OrganizationRole.Student,
        "родитель" or "законный представитель" or "parent" or "guardian" => OrganizationRole.Parent,
        _ => null,
    };

    public static void Person(ImportCollector collector, string file, int line, OrganizationRole? role, string roleText,
        string name, string phone, string email, string className)
    {
        var errors = new FieldErrors();
        var fullName = Input.Text(errors, "name", name, Limits.PersonName);
        // A phone, an e-mail or both: people without a phone (often a young student's family) claim by an e-mailed code.
        var normalizedPhone = string.IsNullOrWhiteSpace(phone) ? null : Input.MobilePhone(errors, "phone", phone);
        var checkedEmail = string.IsNullOrWhiteSpace(email) ? null : Input.Email(errors, "email", email);
        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(email)) collector.Problem(file, line, Texts.ImportContactRequired);
        if (role is null) collector.Problem(file, line, string.Format(Texts.ImportRole, roleText));
        if (role is OrganizationRole.Student or OrganizationRole.Parent && string.IsNullOrWhiteSpace(className))
            collector.Problem(file, line, Texts.ImportClassRequired);
        foreach (var (field, messages) in errors.ToDictionary())
            collector.Problem(file, line, $"{FieldName(field)}: {messages[0]}");
        if (role is not null && fullName is not null && (normalizedPhone ?? checkedEmail) is not null && !errors.Any)
            collector.People.Add(new ImportPerson(file, line, role.Value, fullName, normalizedPhone, checkedEmail,
                string.IsNullOrWhiteSpace(className) ? null : className.Trim()));
    }

    private static string FieldName(string field) => field switch
    {
        "name" => "ФИО",
        "phone" => "телефон",
        _ => "e-mail",
    };
}
