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
}
