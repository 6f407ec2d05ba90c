using System.IO.Compression;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Import;

/// <summary>
/// Tells a roster from what people upload by mistake — an .xlsx or .docx (zips, like OneRoster), a PDF, a
/// picture, a web page — so they read «это не CSV-файл» and how to save one, not a line-1 complaint about
/// columns that makes no sense for a picture.
/// </summary>
public static class RosterFileKind
{
    private static readonly byte[][] BinarySignatures =
    [
        "%PDF"u8.ToArray(), [0x89, (byte)'P', (byte)'N', (byte)'G'], [0xFF, 0xD8, 0xFF], "GIF8"u8.ToArray(),
        [0xD0, 0xCF, 0x11, 0xE0], // old Excel and Word (.xls, .doc)
        "{\\rtf"u8.ToArray(),
    ];

    public static bool IsZip(byte[] bytes) => bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);

    /// <summary>Why a zip is not a OneRoster archive but an office document, or null when it may be one.</summary>
    public static string? OfficeDocument(ZipArchive zip) =>
        zip.Entries.Any(e => e.FullName is "[Content_Types].xml" or "mimetype") ? Texts.ImportOfficeDocument : null;

    /// <summary>Why a file that is not a zip cannot be a CSV table, or null when it may be one.</summary>
    public static string? NotTable(byte[] bytes)
    {
        if (BinarySignatures.Any(s => bytes.AsSpan().StartsWith(s)) || bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0))
            return Texts.ImportNotCsv;
        var text = RosterText.Decode(bytes);
        if (text is null) return null; // text in an unknown encoding: the encoding message says what to do
        // A table's first line names its columns, separated by «;» or «,»; a letter, a web page or JSON has none.
        var firstLine = text.TrimStart().Split('\n', 2)[0];
        return firstLine.Contains(';') || firstLine.Contains(',') ? null : Texts.ImportNotCsv;
    }
}
