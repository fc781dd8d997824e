using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>Dossier fields matched as UTF-8 bytes, as the Parquet fast path keeps them.</summary>
internal static class Utf8Fields
{
    /// <summary>
    /// Where UTF-8 text is once trimmed as <c>MemoryExtensions.Trim</c> (<see cref="char.IsWhiteSpace(char)"/>)
    /// trims its characters; false when it is not valid UTF-8 (the record path decodes it with
    /// replacement characters, which this reader does not compare).
    /// </summary>
    public static bool TryTrim(ReadOnlySpan<byte> text, out int start, out int length)
    {
        start = 0;
        length = 0;
        if (!System.Text.Unicode.Utf8.IsValid(text))
        {
            return false;
        }
        int end = text.Length;
        while (start < end)
        {
            int size = 1;
            if (text[start] < 0x80 ? !char.IsWhiteSpace((char)text[start])
                : System.Text.Rune.DecodeFromUtf8(text[start..end], out var rune, out size) != System.Buffers.OperationStatus.Done || !System.Text.Rune.IsWhiteSpace(rune))
            {
                break;
            }
            start += size;
        }
        while (end > start)
        {
            int size = 1;
            if (text[end - 1] < 0x80 ? !char.IsWhiteSpace((char)text[end - 1])
                : System.Text.Rune.DecodeLastFromUtf8(text[start..end], out var rune, out size) != System.Buffers.OperationStatus.Done || !System.Text.Rune.IsWhiteSpace(rune))
            {
                break;
            }
            end -= size;
        }
        length = end - start;
        return true;
    }

    /// <summary>A channel from UTF-8, as <see cref="DossierReportSink.TryParseChannel"/> reads its characters.</summary>
    public static bool TryParseChannel(ReadOnlySpan<byte> text, out DossierChannel channel)
    {
        Span<char> chars = stackalloc char[ShortText];
        return TryWiden(text, chars, out int length)
            ? DossierReportSink.TryParseChannel(chars[..length], out channel)
            : DossierReportSink.TryParseChannel(System.Text.Encoding.UTF8.GetString(text), out channel);
    }

    /// <summary>A status from UTF-8, as <see cref="DossierReportSink.TryParseStatus"/> reads its characters.</summary>
    public static bool TryParseStatus(ReadOnlySpan<byte> text, out DossierStatus status)
    {
        Span<char> chars = stackalloc char[ShortText];
        return TryWiden(text, chars, out int length)
            ? DossierReportSink.TryParseStatus(chars[..length], out status)
            : DossierReportSink.TryParseStatus(System.Text.Encoding.UTF8.GetString(text), out status);
    }

    /// <summary>The longest text widened on the stack; the canonical names and the portal's codes are shorter.</summary>
    private const int ShortText = 32;

    /// <summary>
    /// Short ASCII text as characters, without a string; false for longer or non-ASCII text (a
    /// Vietnamese status, say), which the caller decodes as a string.
    /// </summary>
    private static bool TryWiden(ReadOnlySpan<byte> text, Span<char> chars, out int length)
    {
        length = text.Length;
        return text.Length <= chars.Length && System.Text.Ascii.ToUtf16(text, chars, out _) == System.Buffers.OperationStatus.Done;
    }
}
