using System.Text;

namespace Parta.Server.Features.Files;

/// <summary>
/// FILE-4's first line: a file's type is decided by its first bytes, and the type the client declared must agree;
/// programs and scripts are refused whatever they claim to be. Downloads use the type decided here.
/// </summary>
public static class FileTypes
{
    public const string Binary = "application/octet-stream";

    /// <summary>The bytes <see cref="Decide"/> needs to see.</summary>
    public const int HeadBytes = 4096;

    public abstract record Verdict;
    public sealed record Accepted(string ContentType) : Verdict;
    public sealed record Refused : Verdict;
    public sealed record Mismatch(string Detected) : Verdict;

    private static readonly HashSet<string> ProgramExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".msix", ".appx", ".bat", ".cmd", ".ps1", ".psm1",
        ".vbs", ".vbe", ".js", ".jse", ".mjs", ".wsf", ".wsh", ".hta", ".jar", ".apk", ".xapk", ".sh", ".run", ".lnk",
        ".reg", ".app", ".dmg", ".pkg", ".deb", ".rpm", ".elf", ".so", ".dylib", ".gadget", ".application",
    };

    private static readonly HashSet<string> ProgramTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-elf",
        "application/x-sharedlib", "application/x-mach-binary", "application/vnd.microsoft.portable-executable",
        "application/x-msi", "application/x-ms-installer", "application/x-sh", "application/x-shellscript",
        "application/x-bat", "application/x-msdos-program", "application/java-archive", "application/x-java-archive",
        "application/vnd.android.package-archive", "application/javascript", "text/javascript", "application/x-javascript",
        "application/hta", "application/x-ms-shortcut", "application/x-apple-diskimage", "application/x-debian-package",
        "application/x-rpm", "application/x-powershell",
    };

    /// <summary>Names browsers and phones send for types that have a standard name.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpg"] = "image/jpeg", ["image/pjpeg"] = "image/jpeg", ["audio/mp3"] = "audio/mpeg", ["audio/x-wav"] = "audio/wav",
        ["audio/wave"] = "audio/wav", ["audio/vnd.wave"] = "audio/wav", ["audio/x-m4a"] = "audio/mp4",
        ["application/x-zip-compressed"] = "application/zip", ["text/xml"] = "application/xml", ["image/heif"] = "image/heic",
    };

    /// <summary>A detected kind of content and the declared types that may be served for it (the first is the default).</summary>
    private sealed record Kind(params string[] Types);

    private static readonly Kind Zip = new("application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation", "application/epub+zip");
    private static readonly Kind OldOffice = new("application/x-ole-storage", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static readonly Kind IsoMedia = new("video/mp4", "audio/mp4", "video/quicktime", "video/3gpp");
    private static readonly Kind Matroska = new("video/webm", "audio/webm", "video/x-matroska");
    private static readonly Kind Ogg = new("audio/ogg", "video/ogg", "application/ogg", "audio/opus");
    // Pages and images with scripts are served as what they are, whatever text type they were declared as.
    private static readonly Kind Html = new("text/html"), Svg = new("image/svg+xml", "application/xml"), Xml = new("application/xml");
    private static readonly Kind Text = new("text/plain", "text/csv", "text/markdown", "text/calendar", "text/vcard", "application/json");

    /// <summary>Types a browser shows without running anything of the file's own: images, PDF, audio and video.</summary>
    public static bool IsSafeInline(string contentType) =>
        contentType is "image/png" or "image/jpeg" or "image/gif" or "image/webp" or "image/avif" or "image/heic" or "application/pdf"
        || contentType.StartsWith("audio/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal);

    /// <summary>Refused before a byte arrives: the name or the declared type says «program».</summary>
    public static bool IsProgram(string fileName, string? declaredType) =>
        ProgramExtensions.Contains(Path.GetExtension(fileName)) || (declaredType is not null && ProgramTypes.Contains(Normalize(declaredType)));

    /// <summary>What the first bytes (<see cref="HeadBytes"/> of them, or the whole file if shorter) say, against the declared type.</summary>
    public static Verdict Decide(ReadOnlySpan<byte> head, string? declaredType)
    {
        var declared = declaredType is null || declaredType == Binary ? null : Normalize(declaredType);
        if (declared is not null && ProgramTypes.Contains(declared)) return new Refused();
        if (IsProgramCode(head)) return new Refused();
        var kind = Detect(head);
        // Bytes of no known kind (a text in windows-1251, a format without a signature) are served as bare bytes, for
        // download only; but a claim to be a kind Parta does recognise, with other bytes, is a spoof.
        if (kind is null) return declared is not null && IsRecognisable(declared) ? new Mismatch(Binary) : new Accepted(Binary);
        var markup = kind == Html || kind == Svg || kind == Xml;
        if (declared is null) return new Accepted(kind.Types[0]);
        if (markup && (kind.Types.Contains(declared) || Text.Types.Contains(declared))) return new Accepted(kind.Types[0]);
        return kind.Types.Contains(declared) ? new Accepted(declared) : new Mismatch(kind.Types[0]);
    }

    private static bool IsRecognisable(string type) =>
        type.StartsWith("image/") || type.StartsWith("audio/") || type.StartsWith("video/") || type == "application/pdf"
        || Zip.Types.Contains(type) || OldOffice.Types.Contains(type);

    private static string Normalize(string type)
    {
        type = type.Split(';')[0].Trim().ToLowerInvariant();
        return Synonyms.GetValueOrDefault(type, type);
    }

    /// <summary>Windows (MZ), Linux (ELF), macOS (Mach-O, also Java's class files) programs and «#!» scripts.</summary>
    private static bool IsProgramCode(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) || Starts(head, 0x7F, (byte)'E', (byte)'L', (byte)'F') || head.StartsWith("#!"u8)
        || Starts(head, 0xFE, 0xED, 0xFA, 0xCE) || Starts(head, 0xFE, 0xED, 0xFA, 0xCF) || Starts(head, 0xCE, 0xFA, 0xED, 0xFE)
        || Starts(head, 0xCF, 0xFA, 0xED, 0xFE) || Starts(head, 0xCA, 0xFE, 0xBA, 0xBE);

    private static bool Starts(ReadOnlySpan<byte> head, params ReadOnlySpan<byte> magic) => head.StartsWith(magic);

    private static Kind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return new("application/pdf");
        if (Starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return new("image/png");
        if (Starts(head, 0xFF, 0xD8, 0xFF)) return new("image/jpeg");
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return new("image/gif");
        if (head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8)) return new("image/webp");
        if (head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WAVE"u8)) return new("audio/wav");
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
            return head[8..12] switch
            {
                var brand when brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) => new("image/heic"),
                var brand when brand.SequenceEqual("avif"u8) => new("image/avif"),
                _ => IsoMedia,
            };
        if (Starts(head, 0x1A, 0x45, 0xDF, 0xA3)) return Matroska;
        if (head.StartsWith("OggS"u8)) return Ogg;
        if (head.StartsWith("fLaC"u8)) return new("audio/flac");
        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)) return new("audio/mpeg");
        if (Starts(head, 0x50, 0x4B, 0x03, 0x04)) return Zip;
        if (Starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return OldOffice;
        if (head.StartsWith("Rar!\x1A\x07"u8)) return new("application/vnd.rar");
        if (Starts(head, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) return new("application/x-7z-compressed");
        if (Starts(head, 0x1F, 0x8B)) return new("application/gzip");
        if (head.StartsWith("{\\rtf"u8)) return new("application/rtf");
        return IsText(head) ? TextKind(head) : null;
    }

    /// <summary>
    /// Text whose start a browser would render as a page or an image with scripts is marked as such, whatever it was
    /// declared as, so its download is always an attachment (<see cref="DownloadFile"/>).
    /// </summary>
    private static Kind TextKind(ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<!doctype html") || start.StartsWith("<html") || start.StartsWith("<head") || start.StartsWith("<body")
            || start.StartsWith("<script") || start.StartsWith("<iframe"))
            return Html;
        if (start.Contains("<svg")) return Svg;
        if (start.StartsWith("<?xml")) return Xml;
        return Text;
    }

    /// <summary>UTF-8 without NUL bytes; a character cut at the end of the head does not count against it.</summary>
    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0 || head.Contains((byte)0)) return false;
        var status = System.Text.Unicode.Utf8.ToUtf16(head, new char[head.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && read >= head.Length - 3;
    }
}
