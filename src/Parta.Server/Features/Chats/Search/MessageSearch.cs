using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Data.Entities;

namespace Parta.Server.Features.Chats;

/// <summary>
/// MSG-8 morphology: words reduced to Snowball stems, the algorithm PostgreSQL's russian configuration uses,
/// so «контрольная», «контрольной» and «контрольную» are one word. SQLite searches the stems stored with
/// each message; both databases highlight the words found with the same stems.
/// </summary>
public static partial class MessageSearch
{
    public sealed record HighlightDto(int Start, int Length);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Stores the message's stems where the database needs them (SQLite); PostgreSQL indexes the text itself.</summary>
    public static void Index(PartaDbContext db, Message message)
    {
        if (!db.Database.IsNpgsql()) message.SearchText = message.DeletedAt is null ? $" {string.Join(' ', Stems(message.Text))} " : null;
    }

    public static IEnumerable<string> Stems(string text) => Word().Matches(text).Select(m => Stem(m.Value));

    /// <summary>Where in the text the searched words stand, for the client to mark.</summary>
    public static List<HighlightDto> Highlights(string text, IReadOnlyCollection<string> queryStems) =>
        [.. Word().Matches(text).Where(m => queryStems.Any(Stem(m.Value).StartsWith)).Select(m => new HighlightDto(m.Index, m.Length))];

    private static string Stem(string word)
    {
        var lower = word.ToLower(Russian).Replace('ё', 'е');
        // The stemmer keeps state, so each word gets its own; it is a few fields and no allocation of note.
        var stemmer = new RussianStemmer();
        stemmer.SetCurrent(lower);
        return stemmer.Stem() ? stemmer.Current : lower;
    }
}
