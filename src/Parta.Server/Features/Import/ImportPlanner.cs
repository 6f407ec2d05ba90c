using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>
/// Turns checked lines into a plan against the organization as it is: which classes exist or will be
/// created («5А» is understood; an unknown group name is an error), which lines repeat, who is already in.
/// </summary>
public static partial class ImportPlanner
{
    public static async Task<ImportPlan> BuildAsync(PartaDbContext db, Guid organizationId, ImportCollector collector, CancellationToken ct)
    {
        var existingClasses = (await db.Classes.Where(c => c.OrganizationId == organizationId).Select(c => c.Name).ToListAsync(ct)).ToHashSet();
        var newClasses = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var person in collector.People.Where(p => p.ClassName is not null))
        {
            var name = Canonical(person.ClassName!);
            if (existingClasses.Contains(name) || newClasses.Contains(name)) continue;
            if (ClassName().IsMatch(name) && int.Parse(name[..^1]) is >= 1 and <= 11) newClasses.Add(name);
            // «6Z», «6A» in Latin, «12Б»: meant as a grade and a letter, but no school has such a class.
            else if (GradeAndLetter().IsMatch(name)) collector.Problem(person.File, person.Line, string.Format(Texts.ImportInvalidClassName, person.ClassName));
            else collector.Problem(person.File, person.Line, string.Format(Texts.ImportUnknownClass, person.ClassName));
        }

        var firstLine = new Dictionary<(string, OrganizationRole), int>();
        foreach (var person in collector.People)
            if (!firstLine.TryAdd((person.Contact, person.Role), person.Line))
                collector.Problem(person.File, person.Line, string.Format(Texts.ImportDuplicatePerson, firstLine[(person.Contact, person.Role)]));

        // Only a phone identifies an account; an e-mail-only line is recognised when its invitation is claimed.
        var phones = collector.People.Where(p => p.Phone is not null).Select(p => p.Phone).Distinct().ToList();
        var members = await (
            from m in db.Memberships
            where m.OrganizationId == organizationId
            join a in db.Users on m.AccountId equals a.Id
            where phones.Contains(a.PhoneNumber!)
            select new { a.PhoneNumber, m.Role }).ToListAsync(ct);
        foreach (var person in collector.People.Where(p => members.Any(m => m.PhoneNumber == p.Phone && m.Role == p.Role)))
            collector.Problem(person.File, person.Line, Texts.ImportAlreadyMember);

        var people = collector.People.Select(p => p with { ClassName = p.ClassName is null ? null : Canonical(p.ClassName) }).ToList();
        return new ImportPlan([.. newClasses], people);
    }

    /// <summary>«5 а», «5-А», «5а» → «5А»; other names as written.</summary>
    public static string Canonical(string name)
    {
        var compact = name.Replace(" ", "").Replace("-", "").ToUpperInvariant();
        return ClassName().IsMatch(compact) ? compact : name.Trim();
    }

    [GeneratedRegex(@"^\d{1,2}[АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ]$")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"^\d{1,3}\s*-?\s*\p{L}$")]
    private static partial Regex GradeAndLetter();
}
