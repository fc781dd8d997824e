using System.Buffers;
using System.Globalization;
using System.Text;

namespace Reform.Indicators.Data;

/// <summary>
/// Recognises what a file that should be UTF-8 text is instead — Parquet, UTF-16 without a
/// byte-order mark, binary, a single-byte code page such as Windows-1258 or Latin-1 — and says so
/// in one message naming the file and, for a bad byte, its exact line.
/// </summary>
internal static class TextSniffer
{
    private const int HeadBytes = 512;

    /// <summary>Looks at the first bytes of a seekable stream (and puts it back where it was); throws when they are not UTF-8 text.</summary>
    /// <exception cref="DataFileException">Parquet, UTF-16 without a byte-order mark, or NUL bytes.</exception>
    public static void Check(Stream stream, string source)
    {
        if (!stream.CanSeek)
        {
            return;
        }
        long start = stream.Position;
        var head = new byte[HeadBytes];
        int n = 0;
        while (n < head.Length && stream.Read(head, n, head.Length - n) is > 0 and int read)
        {
            n += read;
        }
        stream.Position = start;
        var bytes = head.AsSpan(0, n);
        if (bytes.StartsWith("PAR1"u8))
        {
            throw new DataFileException($"{source}: a Parquet file, not CSV (it starts with PAR1): name it .parquet (or give the format).");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return; // a byte-order mark: the reader decodes it
        }
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }
        if (bytes.Length >= 4 && Math.Max(evenNuls, oddNuls) * 4 >= bytes.Length)
        {
            string order = oddNuls > evenNuls ? "little-endian" : "big-endian";
            throw new DataFileException($"{source}: UTF-16 text ({order}) without a byte-order mark: save it as UTF-8 (in Excel: CSV UTF-8) and try again.");
        }
        if (evenNuls + oddNuls > 0)
        {
            throw new DataFileException($"{source}: not a text file (it holds NUL bytes): a damaged or binary file?");
        }
    }

    /// <summary>
    /// The message for text that is not UTF-8: with the exact line and byte of the first bad one when
    /// the stream can be read again from the start, else at or after <paramref name="line"/>.
    /// </summary>
    public static DataFileException NotUtf8(Stream? stream, string source, long line, DecoderFallbackException e)
    {
        if (stream is { CanSeek: true } && FirstInvalidByte(stream) is var (exactLine, value))
        {
            return new DataFileException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: line {exactLine:N0}: not UTF-8 (byte {value:X2}){Guess(value)}: save the file as UTF-8 (in Excel: CSV UTF-8) and try again."), e);
        }
        string bytes = e.BytesUnknown is { Length: > 0 } unknown ? $" (bytes {Convert.ToHexString(unknown)})" : "";
        return new DataFileException(string.Create(CultureInfo.InvariantCulture,
            $"{source}: not valid UTF-8{bytes} at or after line {line:N0}{(e.BytesUnknown is [var b, ..] ? Guess(b) : "")}: save the file as UTF-8 (in Excel: CSV UTF-8) and try again."), e);
    }

    private static string Guess(byte value) =>
        value >= 0x80 ? "; it looks like a single-byte code page such as Windows-1258 (Vietnamese) or Latin-1" : "";

    /// <summary>The line (from 1) and value of the first byte that is not UTF-8, or null when there is none (or the stream fails).</summary>
    private static (long Line, byte Value)? FirstInvalidByte(Stream stream)
    {
        try
        {
            stream.Position = 0;
            var buffer = new byte[1 << 16];
            var chars = new char[1 << 16];
            long line = 1;
            int carried = 0;
            bool first = true;
            while (true)
            {
                int read = stream.Read(buffer, carried, buffer.Length - carried);
                int length = carried + read;
                var block = buffer.AsSpan(0, length);
                if (first && block.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    block = block[3..];
                }
                first = false;
                var status = System.Text.Unicode.Utf8.ToUtf16(block, chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                line += block[..consumed].Count((byte)'\n');
                if (status == OperationStatus.InvalidData)
                {
                    return (line, block[consumed]);
                }
                if (read == 0)
                {
                    return null;
                }
                // An incomplete sequence at the end of the block (or a full output buffer): go on from where decoding stopped.
                var rest = block[consumed..];
                rest.CopyTo(buffer);
                carried = rest.Length;
            }
        }
        catch (IOException)
        {
            return null;
        }
    }
}
