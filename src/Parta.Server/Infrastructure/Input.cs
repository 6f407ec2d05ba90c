using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Parta.Server.Infrastructure;

/// <summary>
/// Field checks shared by every handler. Each returns the cleaned value, or null after adding a message
/// for the field, so a handler collects all errors at once and stores nothing when any exists.
/// </summary>
public static partial class Input
{
    /// <summary>Free text that people read (names, places): trimmed, inner whitespace collapsed.</summary>
    public static string? Text(FieldErrors errors, string field, string? value, int maxLength, bool required = true, bool allowMarkup = false)
    {
        var text = CollapseWhitespace().Replace(InvisibleCharacters.Strip(value), " ").Trim();
        if (text.Length == 0)
        {
            if (required) errors.Add(field, Texts.Required);
            return required ? null : "";
        }
        if (text.Length > maxLength) errors.Add(field, string.Format(Texts.TooLong, maxLength));
        else if (text.Any(char.IsControl)) errors.Add(field, Texts.ControlCharacters);
        else if (!allowMarkup && text.AsSpan().IndexOfAny('<', '>') >= 0) errors.Add(field, Texts.Markup);
        else return text;
        return null;
    }

    /// <summary>
    /// A list field (people, answers, days): at most <paramref name="maxCount"/> items, none repeated. A list is
    /// refused, not quietly shortened or de-duplicated: a client that sends 10,000 copies of one answer is broken
    /// or probing, and its request should not cost the work of ten thousand.
    /// </summary>
    public static List<T>? Items<T>(FieldErrors errors, string field, IReadOnlyCollection<T>? values, int maxCount, string? tooMany = null)
    {
        if (values is null) return [];
        if (values.Count > maxCount) errors.Add(field, string.Format(tooMany ?? Texts.TooManyItems, maxCount));
        else if (values.Distinct().Count() != values.Count) errors.Add(field, Texts.RepeatedItems);
        else return [.. values];
        return null;
    }

    /// <summary>Longer text where line breaks matter (a rejection reason).</summary>
    public static string? MultilineText(FieldErrors errors, string field, string? value, int maxLength)
    {
        var text = InvisibleCharacters.Strip(value).Replace("\r\n", "\n").Trim();
        if (text.Length == 0) errors.Add(field, Texts.Required);
        else if (text.Length > maxLength) errors.Add(field, string.Format(Texts.TooLong, maxLength));
        else if (text.Any(c => char.IsControl(c) && c != '\n')) errors.Add(field, Texts.ControlCharacters);
        else return text;
        return null;
    }

    public static string? Email(FieldErrors errors, string field, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) { errors.Add(field, Texts.Required); return null; }
        if (text.Length > Parta.Data.Limits.Email || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.'))
        {
            errors.Add(field, Texts.EmailInvalid);
            return null;
        }
        return text;
    }

    /// <summary>A Russian mobile number in any usual spelling (8 912…, +7 (912)…, 912…) as +79XXXXXXXXX.</summary>
    public static string? MobilePhone(FieldErrors errors, string field, string? value)
    {
        var normalized = NormalizeMobilePhone(value);
        if (normalized is null) errors.Add(field, string.IsNullOrWhiteSpace(value) ? Texts.Required : Texts.PhoneInvalid);
        return normalized;
    }

    public static string? NormalizeMobilePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32 || !PhoneCharacters().IsMatch(value)) return null;
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 11 && (digits[0] == '7' || digits[0] == '8') && !(digits[0] == '8' && value.TrimStart().StartsWith('+')))
            digits = digits[1..];
        if (digits.Length != 10 || digits[0] != '9') return null;
        return "+7" + digits;
    }

    /// <summary>INN of a legal entity: 10 digits, the last one a checksum (Federal Tax Service algorithm).</summary>
    public static string? Inn(FieldErrors errors, string field, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) { errors.Add(field, Texts.Required); return null; }
        if (text.Length != 10 || !text.All(char.IsAsciiDigit)) { errors.Add(field, Texts.InnFormat); return null; }
        if (!IsValidInnChecksum(text)) { errors.Add(field, Texts.InnChecksum); return null; }
        return text;
    }

    public static bool IsValidInnChecksum(string inn)
    {
        int[] weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (inn[i] - '0') * weights[i];
        return sum % 11 % 10 == inn[9] - '0';
    }

    /// <summary>KPP: tax office code (4 digits), reason (2 digits or capital Latin letters), number (3 digits).</summary>
    public static string? Kpp(FieldErrors errors, string field, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) { errors.Add(field, Texts.Required); return null; }
        if (!KppPattern().IsMatch(text)) { errors.Add(field, Texts.KppFormat); return null; }
        return text;
    }

    /// <summary>An optional http(s) address such as a school's site or e-journal; empty means none.</summary>
    public static string? WebAddress(FieldErrors errors, string field, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) return null;
        if (text.Length > Parta.Data.Limits.Url || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || !uri.Host.Contains('.'))
        {
            errors.Add(field, Texts.UrlInvalid);
            return null;
        }
        return text;
    }

    public static string? Password(FieldErrors errors, string field, string? value)
    {
        var text = value ?? "";
        if (text.Length > 128) errors.Add(field, Texts.PasswordTooLong);
        else if (text.Length < 8 || !text.Any(char.IsLetter) || !text.Any(char.IsDigit)) errors.Add(field, Texts.PasswordWeak);
        else return text;
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex CollapseWhitespace();

    [GeneratedRegex(@"^[\d\s()+\-]+$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"^\d{4}[\dA-Z]{2}\d{3}$")]
    private static partial Regex KppPattern();
}
