using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Parta.Server.Features.Files;

/// <summary>
/// ClamAV's clamd over its INSTREAM protocol (no client package is served here): <c>zINSTREAM\0</c>, then the bytes
/// in chunks each led by its length (4 bytes, big-endian), then a zero length; clamd answers
/// <c>stream: OK</c> or <c>stream: &lt;signature&gt; FOUND</c>, ended by a NUL.
/// </summary>
public sealed class ClamdClient(IOptions<VirusScanOptions> options)
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>clamd answered, but not with a verdict (a stream over its StreamMaxLength, a broken database).</summary>
    public sealed class Refusal(string reply) : Exception($"clamd did not scan the file: {reply}");

    /// <returns>Null when clean; otherwise the name of the threat found.</returns>
    /// <exception cref="SocketException">clamd cannot be reached.</exception>
    /// <exception cref="Refusal">clamd refused the stream.</exception>
    public async Task<string?> ScanAsync(Stream content, CancellationToken ct)
    {
        var endpoint = options.Value.Endpoint()!;
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, endpoint is System.Net.Sockets.UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp);
        await socket.ConnectAsync(endpoint, ct);
        await using var connection = new NetworkStream(socket, ownsSocket: false);
        try
        {
            await SendAsync(connection, content, ct);
        }
        catch (IOException)
        {
            // clamd closes the connection as soon as a stream passes its limit, and says why before it does: read that.
        }
        var reply = await ReadReplyAsync(connection, ct);
        if (reply.EndsWith(" FOUND", StringComparison.Ordinal)) return reply["stream: ".Length..^" FOUND".Length];
        if (reply == "stream: OK") return null;
        throw new Refusal(reply.Length == 0 ? "no answer" : reply);
    }

    private static async Task SendAsync(NetworkStream connection, Stream content, CancellationToken ct)
    {
        await connection.WriteAsync("zINSTREAM\0"u8.ToArray(), ct);
        var buffer = ArrayPool<byte>.Shared.Rent(4 + ChunkBytes);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkBytes), ct)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await connection.WriteAsync(buffer.AsMemory(0, 4 + read), ct);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await connection.WriteAsync(buffer.AsMemory(0, 4), ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<string> ReadReplyAsync(NetworkStream connection, CancellationToken ct)
    {
        var reply = new MemoryStream();
        var buffer = new byte[256];
        int read;
        while ((read = await connection.ReadAsync(buffer, ct)) > 0)
        {
            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.Write(buffer, 0, end < 0 ? read : end);
            if (end >= 0 || reply.Length > 4096) break;
        }
        return Encoding.UTF8.GetString(reply.ToArray()).Trim();
    }
}
