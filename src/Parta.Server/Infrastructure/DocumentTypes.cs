namespace Parta.Server.Infrastructure;

/// <summary>Decides a document's type from its first bytes; the file name and the browser's claim are ignored.</summary>
public static class DocumentTypes
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    private static readonly (byte[] Magic, string ContentType, string Extension)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, contentType, extension) in Known)
            if (head.StartsWith(magic)) return (contentType, extension);
        return null;
    }
}
