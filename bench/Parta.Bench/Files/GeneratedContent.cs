using System.Net;
using System.Net.Http.Headers;

namespace Parta.Bench.Files;

/// <summary>A tus PATCH body of pseudo-random bytes, made a mebibyte at a time: the bench never holds the file either.</summary>
public sealed class GeneratedContent : HttpContent
{
    private readonly long _length;

    public GeneratedContent(long length)
    {
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var block = new byte[1024 * 1024];
        new Random(13).NextBytes(block);
        // An MP4's first box, so the finished upload passes the type check as the video it claims to be.
        "\0\0\0\u0018ftypisom"u8.CopyTo(block);
        for (long sent = 0; sent < _length; sent += block.Length)
        {
            await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, _length - sent)));
            block[100] ^= 0xFF;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
