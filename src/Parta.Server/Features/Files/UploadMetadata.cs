using System.Text;
using Parta.Data;
using Parta.Server.Infrastructure;

namespace Parta.Server.Features.Files;

/// <summary>
/// tus's Upload-Metadata: comma-separated «key base64value» pairs. Parta reads <c>filename</c> and <c>filetype</c>;
/// the name is cleaned for people to read and is never a path on disk.
/// </summary>
public sealed record UploadMetadata(string FileName, string? FileType)
{
    public const string DefaultName = "файл";

    /// <summary>Null when the header is malformed (bad base64, a repeated key, a value that is not UTF-8).</summary>
    public static UploadMetadata? Parse(string? header)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 2) return null;
            var value = parts.Length == 2 ? Decode(parts[1]) : "";
            if (value is null || !pairs.TryAdd(parts[0], value)) return null;
        }
        pairs.TryGetValue("filetype", out var type);
        type = type?.Trim().ToLowerInvariant();
        if (type is { Length: > Limits.ContentType } || (type is { Length: > 0 } && !type.Contains('/'))) return null;
        return new UploadMetadata(CleanName(pairs.GetValueOrDefault("filename")), string.IsNullOrEmpty(type) ? null : type);
    }

    private static string? Decode(string base64)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(base64));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The last segment of whatever path the client sent, without control or invisible characters (a right-to-left
    /// override could show «photo‮gpj.exe» as «photoexe.jpg»), without trailing dots and spaces, at most 255 characters
    /// with the extension kept.
    /// </summary>
    public static string CleanName(string? name)
    {
        name ??= "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string(InvisibleCharacters.Strip(name).Where(c => !char.IsControl(c)).ToArray()).Trim().TrimEnd('.', ' ');
        if (name.Length == 0 || name.All(c => c == '.')) return DefaultName;
        if (name.Length <= Limits.FileName) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        return name[..(Limits.FileName - extension.Length)] + extension;
    }
}
