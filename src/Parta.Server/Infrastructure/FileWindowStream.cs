using Microsoft.Win32.SafeHandles;

namespace Parta.Server.Infrastructure;

/// <summary>
/// A read-only, seekable view of a part of an open file, read by position (<see cref="RandomAccess"/>): the upload's
/// file is held open exclusively while it is copied to object storage, so the copy reads through that handle
/// instead of opening the file again, and each part is a stream of its own without moving the others' position.
/// </summary>
public sealed class FileWindowStream(SafeFileHandle file, long start, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = RandomAccess.Read(file, buffer[..Available(buffer.Length)], start + _position);
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await RandomAccess.ReadAsync(file, buffer[..Available(buffer.Length)], start + _position, cancellationToken);
        _position += read;
        return read;
    }

    private int Available(int wanted) => (int)Math.Min(wanted, length - _position);

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
