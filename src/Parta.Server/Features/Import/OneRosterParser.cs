using System.IO.Compression;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>
/// IMS OneRoster 1.2 CSV (a zip of users.csv, classes.csv, enrollments.csv; orgs, courses and
/// demographics may be present and are not needed). Teachers and students get their class from
/// enrollments; parents (role parent or guardian) from the student who names them in agentSourcedIds.
/// </summary>
public static class OneRosterParser
{
    private sealed record User(int Line, string Id, string Role, string Name, string Phone, string Email, string[] Agents);

    public static void Parse(ZipArchive zip, ImportCollector collector)
    {
        string? Read(string name)
        {
            var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
            if (entry is null) { collector.Problem(name, 0, Texts.ImportMissingFile); return null; }
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var text = RosterText.Decode(buffer.ToArray());
            if (text is null) collector.Problem(name, 0, Texts.ImportEncoding);
            return text;
        }
        var usersText = Read("users.csv");
        var classesText = Read("classes.csv");
        var enrollmentsText = Read("enrollments.csv");
        if (usersText is null || classesText is null || enrollmentsText is null) return;

        var classes = new Dictionary<string, string>();
        foreach (var (line, field) in RosterText.Rows(classesText, out _))
            if (!classes.TryAdd(field("sourcedid"), field("title")))
                collector.Problem("classes.csv", line, string.Format(Texts.ImportDuplicateId, field("sourcedid")));

        var users = new Dictionary<string, User>();
        foreach (var (line, field) in RosterText.Rows(usersText, out _))
        {
            var name = string.Join(' ', new[] { field("familyname"), field("givenname"), field("middlename") }.Where(p => p.Length > 0));
            var user = new User(line, field("sourcedid"), field("role"), name, field("phone") is { Length: > 0 } phone ? phone : field("sms"), field("email"),
                field("agentsourcedids").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (!users.TryAdd(user.Id, user)) collector.Problem("users.csv", line, string.Format(Texts.ImportDuplicateId, user.Id));
        }

        var classOf = new Dictionary<string, string>();
        foreach (var (line, field) in RosterText.Rows(enrollmentsText, out _))
        {
            if (!classes.TryGetValue(field("classsourcedid"), out var title))
                collector.Problem("enrollments.csv", line, string.Format(Texts.ImportUnknownClass, field("classsourcedid")));
            else if (!users.ContainsKey(field("usersourcedid")))
                collector.Problem("enrollments.csv", line, string.Format(Texts.ImportUnknownUser, field("usersourcedid")));
            else classOf.TryAdd(field("usersourcedid"), title);
        }

        foreach (var user in users.Values)
        {
            var role = ImportChecks.Role(user.Role);
            var className = role == OrganizationRole.Parent
                ? users.Values.Where(s => s.Agents.Contains(user.Id)).Select(s => classOf.GetValueOrDefault(s.Id)).FirstOrDefault(c => c is not null)
                : classOf.GetValueOrDefault(user.Id);
            ImportChecks.Person(collector, "users.csv", user.Line, role, user.Role, user.Name, user.Phone, user.Email, className ?? "");
        }
    }
}
