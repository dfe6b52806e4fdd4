namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>
/// A forward-only stream of <c>length</c> bytes: <c>head</c>, then a repeating pattern, made up
/// as it is read (nothing is held in memory) and counting how much was read.
/// </summary>
internal sealed class GeneratedStream(byte[] head, long length) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public static byte[] PngHead => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Every byte the stream produces, for computing the expected hash in a test.</summary>
    public static byte[] ContentOf(byte[] head, int length)
    {
        var bytes = new byte[length];
        using var stream = new GeneratedStream(head, length);
        stream.ReadExactly(bytes);

        return bytes;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        for (var i = 0; i < n; i++)
        {
            var at = _position + i;
            buffer[offset + i] = at < head.Length ? head[at] : (byte)('a' + (at % 26));
        }

        _position += n;

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
