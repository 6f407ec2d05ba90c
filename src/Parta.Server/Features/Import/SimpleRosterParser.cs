using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>The one-sheet roster a school keeps in Excel: класс; роль; ФИО; телефон; e-mail (Russian or English headers).</summary>
public static class SimpleRosterParser
{
    private static readonly Dictionary<string, string[]> Columns = new()
    {
        ["class"] = ["класс", "class"],
        ["role"] = ["роль", "role"],
        ["name"] = ["фио", "name", "full name"],
        ["phone"] = ["телефон", "phone", "мобильный телефон"],
        ["email"] = ["email", "e-mail", "почта", "электронная почта"],
    };

    public static void Parse(string file, string text, ImportCollector collector)
    {
        var rows = RosterText.Rows(text, out var header);
        var column = Columns.ToDictionary(c => c.Key, c => c.Value.FirstOrDefault(header.Contains));
        var missing = column.Where(c => c.Value is null && c.Key is not ("phone" or "email")).Select(c => Columns[c.Key][0]).ToList();
        // Either way of reaching people will do; a sheet of e-mails only is fine.
        if (column["phone"] is null && column["email"] is null) missing.Add($"{Columns["phone"][0]} или {Columns["email"][0]}");
        if (missing.Count > 0)
        {
            collector.Problem(file, 1, string.Format(Texts.ImportColumns, string.Join(", ", missing)));
            return;
        }
        foreach (var (line, field) in rows)
        {
            var roleText = field(column["role"]!);
            ImportChecks.Person(collector, file, line, ImportChecks.Role(roleText), roleText, field(column["name"]!),
                column["phone"] is { } phone ? field(phone) : "",
                column["email"] is { } email ? field(email) : "", field(column["class"]!));
        }
    }
}
