namespace Crm.Domain.Attachments;

/// <summary>
/// What the first bytes of a file must look like for its extension to be believed: fixed
/// "magic" bytes at an offset, or plain text (no NUL bytes and no executable header).
/// </summary>
public abstract record FileSignature
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs to decide.</summary>
    public const int HeadLength = 512;

    /// <summary>
    /// True when <paramref name="head"/> (the file's first bytes, up to <see cref="HeadLength"/>,
    /// fewer only when the file is shorter) looks like this kind of file.
    /// </summary>
    public abstract bool Matches(ReadOnlySpan<byte> head);

    /// <summary>Files that start with any of these byte sequences.</summary>
    public static FileSignature Magic(params byte[][] prefixes) => new MagicBytes(prefixes, 0, null, 0);

    /// <summary>RIFF containers: "RIFF" at 0 and a form type (e.g. "WEBP") at 8.</summary>
    public static FileSignature Riff(string form) =>
        new MagicBytes([Ascii("RIFF")], 0, Ascii(form), 8);

    public static readonly FileSignature Text = new TextContent();

    public static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    private sealed record MagicBytes(byte[][] Prefixes, int Offset, byte[]? Second, int SecondOffset)
        : FileSignature
    {
        public override bool Matches(ReadOnlySpan<byte> head)
        {
            foreach (var prefix in Prefixes)
            {
                if (StartsAt(head, prefix, Offset) && (Second is null || StartsAt(head, Second, SecondOffset)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsAt(ReadOnlySpan<byte> head, byte[] bytes, int offset) =>
            head.Length >= offset + bytes.Length && head.Slice(offset, bytes.Length).SequenceEqual(bytes);
    }

    // Text files have no magic bytes; what gives a binary away is a NUL byte or a known
    // executable header. UTF-16 text (which is full of NULs) is recognised by its byte-order mark.
    private sealed record TextContent : FileSignature
    {
        private static readonly byte[][] Executables = [Ascii("MZ"), [0x7F, .. Ascii("ELF")]];

        public override bool Matches(ReadOnlySpan<byte> head)
        {
            if (head.StartsWith((byte[])[0xFF, 0xFE]) || head.StartsWith((byte[])[0xFE, 0xFF]))
            {
                return true;
            }

            foreach (var header in Executables)
            {
                if (head.StartsWith(header))
                {
                    return false;
                }
            }

            return !head.Contains((byte)0);
        }
    }
}
