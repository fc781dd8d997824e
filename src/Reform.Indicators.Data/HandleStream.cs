using Microsoft.Win32.SafeHandles;

namespace Reform.Indicators.Data;

/// <summary>
/// A read-only, seekable view of an open file with a position of its own: reads are positional
/// (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>), so several views of one
/// handle, on several threads, never move each other's position. Disposing the view leaves the
/// handle open (it belongs to the stream that opened the file).
/// </summary>
internal sealed class HandleStream(SafeFileHandle handle, long length) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= length)
        {
            return 0;
        }
        int read = RandomAccess.Read(handle, buffer[..(int)Math.Min(buffer.Length, length - position)], position);
        position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        SeekOrigin.End => length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
