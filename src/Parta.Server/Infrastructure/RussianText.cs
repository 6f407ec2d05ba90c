using System.Globalization;

namespace Parta.Server.Infrastructure;

/// <summary>Lists of names and titles are ordered as a Russian reader expects (ё next to е, case ignored).</summary>
public static class RussianText
{
    public static readonly StringComparer Order = StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), ignoreCase: true);

    /// <summary>
    /// A moment sent without an offset is taken as UTC, as the API documents every time: never as the
    /// server's own zone, which differs from the school's anyway.
    /// </summary>
    public static DateTime AsUtc(DateTime moment) =>
        moment.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : moment.ToUniversalTime();

    /// <summary>Whether a text is written in Russian (has a Cyrillic letter): every sentence Parta itself shows is.</summary>
    public static bool IsRussian(string? text) => text is not null && text.Any(c => c is >= 'А' and <= 'я' or 'ё' or 'Ё');

    /// <summary>A wait as people say it, rounded up: «45 секунд», «1 минуту», «12 минут», «2 часа».</summary>
    public static string Wait(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 60) return Count(seconds, "секунду", "секунды", "секунд");
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        if (minutes < 60) return Count(minutes, "минуту", "минуты", "минут");
        return Count((int)Math.Ceiling(minutes / 60.0), "час", "часа", "часов");
    }

    /// <summary>A number with its noun in the right form (1 минуту, 3 минуты, 11 минут, 21 минуту).</summary>
    public static string Count(int n, string one, string few, string many)
    {
        var lastTwo = n % 100;
        var last = n % 10;
        var form = lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
        return $"{n} {form}";
    }
}
