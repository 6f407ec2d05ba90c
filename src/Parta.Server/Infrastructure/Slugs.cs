using System.Security.Cryptography;
using System.Text;

namespace Parta.Server.Infrastructure;

/// <summary>Readable public addresses from Russian names: «МБОУ СОШ №1» → <c>mbou-sosh-1-4f2a</c>.</summary>
public static class Slugs
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>A random suffix keeps two schools with the same short name apart and makes addresses unguessable in bulk.</summary>
    public static string For(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (Cyrillic.TryGetValue(c, out var latin)) builder.Append(latin);
            else if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var stem = builder.ToString().Trim('-');
        if (stem.Length > 60) stem = stem[..60].TrimEnd('-');
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));
        return stem.Length == 0 ? $"org-{suffix}" : $"{stem}-{suffix}";
    }
}
