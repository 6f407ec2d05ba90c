using System.Security.Cryptography;

namespace Parta.Server.Features.Files;

/// <summary>tus's checksum extension: <c>Upload-Checksum: sha1 &lt;base64 digest&gt;</c> over one request's bytes.</summary>
public sealed class UploadChecksum : IDisposable
{
    public const string Algorithms = "sha1,sha256";

    private readonly IncrementalHash _hash;
    private readonly byte[] _expected;

    private UploadChecksum(HashAlgorithmName algorithm, byte[] expected)
    {
        _hash = IncrementalHash.CreateHash(algorithm);
        _expected = expected;
    }

    public enum Problem { None, UnknownAlgorithm, Malformed }

    /// <summary>Null checksum and <see cref="Problem.None"/> when the request carries none.</summary>
    public static (UploadChecksum? Checksum, Problem Problem) Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return (null, Problem.None);
        var parts = header.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return (null, Problem.Malformed);
        HashAlgorithmName? algorithm = parts[0].ToLowerInvariant() switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            _ => null,
        };
        if (algorithm is null) return (null, Problem.UnknownAlgorithm);
        var expected = new byte[64];
        return Convert.TryFromBase64String(parts[1], expected, out var length)
            ? (new UploadChecksum(algorithm.Value, expected[..length]), Problem.None)
            : (null, Problem.Malformed);
    }

    public void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    public bool Matches() => CryptographicOperations.FixedTimeEquals(_hash.GetHashAndReset(), _expected);

    public void Dispose() => _hash.Dispose();
}
