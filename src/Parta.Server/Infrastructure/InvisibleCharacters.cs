using System.Text;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Characters that change how text looks without being seen: bidirectional overrides and isolates turn
/// «Иванов‮ анна» into what reads as another name, zero-width and filler characters make two names that
/// look the same differ, or a name that looks empty. People's names, chat titles and messages lose them
/// before they are checked and stored. Joiners (U+200C, U+200D) and variation selectors stay: emoji and
/// some scripts need them.
/// </summary>
public static class InvisibleCharacters
{
    public static string Strip(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (!value.Any(IsInvisible)) return value;
        var kept = new StringBuilder(value.Length);
        foreach (var c in value)
            if (!IsInvisible(c)) kept.Append(c);
        return kept.ToString();
    }

    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true, // soft hyphen
        '\u034F' => true, // combining grapheme joiner
        '\u061C' => true, // Arabic letter mark
        '\u115F' or '\u1160' or '\u3164' or '\uFFA0' => true, // Hangul fillers: «blank» names
        '\u180E' => true, // Mongolian vowel separator
        '\u200B' => true, // zero-width space
        '\u200E' or '\u200F' => true, // left-to-right and right-to-left marks
        >= '\u202A' and <= '\u202E' => true, // embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner, invisible operators
        >= '\u2066' and <= '\u2069' => true, // isolates
        '\u2800' => true, // blank Braille pattern
        '\uFEFF' => true, // zero-width no-break space
        _ => false,
    };
}
