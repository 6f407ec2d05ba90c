using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Parta.Server.Features.Import;

/// <summary>
/// Reading CSV as schools actually have it: UTF-8 (with or without BOM) or Windows-1251 from an old
/// Excel, separated by «;» or «,». Encoding is detected (invalid UTF-8 that reads as Cyrillic in 1251 is
/// 1251); anything else is refused with a clear message.
/// </summary>
public static class RosterText
{
    static RosterText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.GetEncoding(1251).GetString(bytes);
            // Windows-1251 decodes any byte; accept it only if the result is mostly Cyrillic text, not binary noise.
            var letters = text.Count(char.IsLetter);
            var cyrillic = text.Count(c => c is >= 'А' and <= 'я' or 'Ё' or 'ё');
            return letters > 0 && cyrillic * 2 >= letters && !text.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t') ? text : null;
        }
    }

    /// <summary>Reads rows as header → value maps, with the file's line number of each row.</summary>
    public static IEnumerable<(int Line, Func<string, string> Field)> Rows(string text, out string[] header)
    {
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ";" : ",";
        var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter, HasHeaderRecord = true, TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        });
        csv.Read();
        csv.ReadHeader();
        header = csv.HeaderRecord?.Select(h => h.Trim().ToLowerInvariant()).ToArray() ?? [];
        return Enumerate(csv);
    }

    private static IEnumerable<(int, Func<string, string>)> Enumerate(CsvReader csv)
    {
        using (csv)
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var values = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant())
                    .Select((name, index) => (name, value: csv.TryGetField<string>(index, out var v) ? v ?? "" : ""))
                    .GroupBy(p => p.name).ToDictionary(g => g.Key, g => g.First().value);
                if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
                yield return (line, name => values.TryGetValue(name, out var v) ? v.Trim() : "");
            }
    }
}
