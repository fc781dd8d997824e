using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Reform.Indicators.Data;

/// <summary>Reads the records of a CSV file as text, one at a time, with Sep.</summary>
/// <remarks>
/// The file is decoded as strict UTF-8 (a byte-order mark is skipped; UTF-16 with a mark is
/// also understood): an invalid byte stops the read with one <see cref="DataFileException"/>
/// rather than turning into replacement characters. The separator (comma or semicolon) is
/// detected from the header. Quoted fields are unquoted (<c>""</c> inside quotes is one quote)
/// and may span lines; a record's row number is the line it starts on.
/// </remarks>
internal static class CsvRecords
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<RawRecord> Read(Stream stream, FileSchema schema, string source)
    {
        var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: false);
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (DecoderFallbackException e)
        {
            text.Dispose();
            throw NotUtf8(source, 1, e);
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice, e.g. a data line where a header should be.
            text.Dispose();
            throw new DataFileException($"{source}: not a {schema.Kind} file: the header (line 1) repeats a column name ({e.Message}).", e);
        }
        using (reader)
        using (text)
        {
            if (reader.Header.IsEmpty || reader.Header.ColNames.All(n => n.Trim().Length == 0))
            {
                throw new DataFileException($"{source}: the file is empty: expected a header line naming the {schema.Kind} columns ({string.Join(", ", schema.Columns.Where(c => c.Required).Select(c => c.Name))}).");
            }
            var header = reader.Header.ColNames;
            int[] map = schema.Map(header, source);
            var values = new string?[schema.Columns.Count];
            long lastLine = 1;
            while (true)
            {
                try
                {
                    if (!reader.MoveNext())
                    {
                        break;
                    }
                }
                catch (DecoderFallbackException e)
                {
                    throw NotUtf8(source, lastLine + 1, e);
                }
                var row = reader.Current;
                long line = row.LineNumberFrom;
                lastLine = row.LineNumberToExcl - 1;
                if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
                {
                    continue; // a blank line carries no record, e.g. the newline at the end of the file
                }
                RowError? problem = null;
                for (int c = 0; c < map.Length; c++)
                {
                    int index = map[c];
                    if (index < 0)
                    {
                        values[c] = null;
                        continue;
                    }
                    if (index >= row.ColCount)
                    {
                        values[c] = null;
                        problem ??= new RowError(line, schema.Columns[c].Name,
                            string.Create(CultureInfo.InvariantCulture, $"missing: the line has {row.ColCount} fields, the header has {header.Count} (a truncated line?)"));
                        continue;
                    }
                    var span = row[index].Span;
                    if (span.Length > FileSchema.MaxFieldLength)
                    {
                        values[c] = null;
                        problem ??= new RowError(line, schema.Columns[c].Name,
                            string.Create(CultureInfo.InvariantCulture, $"longer than {FileSchema.MaxFieldLength:N0} characters"), RowErrors.Shorten(span.ToString()));
                        continue;
                    }
                    values[c] = span.Length == 0 ? string.Empty : span.ToString();
                }
                if (problem is null && row.ColCount > header.Count)
                {
                    problem = new RowError(line, header[^1],
                        string.Create(CultureInfo.InvariantCulture, $"the line has {row.ColCount} fields, the header has {header.Count} (an unquoted separator in a value?)"));
                }
                yield return new RawRecord(line, values, problem);
            }
        }
    }

    private static DataFileException NotUtf8(string source, long line, DecoderFallbackException e)
    {
        string bytes = e.BytesUnknown is { Length: > 0 } unknown ? $" (bytes {Convert.ToHexString(unknown)})" : "";
        return new DataFileException(
            string.Create(CultureInfo.InvariantCulture, $"{source}: not valid UTF-8{bytes} at or after line {line}: save the file as UTF-8 (e.g. in Excel: CSV UTF-8) and try again."), e);
    }
}
