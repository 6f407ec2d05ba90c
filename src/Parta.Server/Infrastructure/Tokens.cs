using System.Security.Cryptography;
using System.Text;

namespace Parta.Server.Infrastructure;

/// <summary>Secrets handed to people (links, codes) are random and stored only as SHA-256 hashes.</summary>
public static class Tokens
{
    public static string NewLinkToken() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string NewNumericCode(int digits = 6) =>
        RandomNumberGenerator.GetInt32(0, (int)Math.Pow(10, digits)).ToString(new string('0', digits));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares a submitted secret with a stored hash in constant time.</summary>
    public static bool Matches(string token, string? hash) =>
        hash is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
