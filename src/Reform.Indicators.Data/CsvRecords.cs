using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;

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
        var (text, reader, header, map) = Open(stream, schema, source);
        using (reader)
        using (text)
        {
            var values = new string?[schema.Columns.Count];
            long lastLine = 1;
            while (MoveToNextRecord(reader, stream, source, ref lastLine))
            {
                var row = reader.Current;
                yield return ToRecord(row, row.LineNumberFrom, map, header, schema, values);
            }
        }
    }

    /// <summary>
    /// Moves <paramref name="reader"/> to the next row that is not blank (a blank line carries no
    /// record, e.g. the newline at the end of the file); false at the end. An invalid UTF-8 byte is
    /// one <see cref="DataFileException"/> naming the line after <paramref name="lastLine"/>, the
    /// last line read so far.
    /// </summary>
    private static bool MoveToNextRecord(SepReader reader, Stream stream, string source, ref long lastLine)
    {
        while (true)
        {
            try
            {
                if (!reader.MoveNext())
                {
                    return false;
                }
            }
            catch (DecoderFallbackException e)
            {
                throw TextSniffer.NotUtf8(stream, source, lastLine + 1, e);
            }
            catch (NotSupportedException e)
            {
                // Sep holds a row of at most 16 MiB: a longer line (or an unclosed quote with 16 MiB after it) is unreadable.
                throw LineTooLong(source, lastLine + 1, e);
            }
            var row = reader.Current;
            lastLine = row.LineNumberToExcl - 1;
            if (!IsBlank(row))
            {
                return true;
            }
        }
    }

    /// <summary>The rows read before the file's ids are estimated from their bytes.</summary>
    private const int IdEstimateRows = 1 << 16;

    /// <summary>
    /// Reads a dossier file into <paramref name="sink"/>: each row's fields parsed from spans and
    /// offered to <see cref="DossierReportSink.TryAccept"/>; a row it does not take goes to
    /// <see cref="DossierReportSink.Slow"/> as the record <see cref="Read"/> would give.
    /// </summary>
    public static void Scan(Stream stream, string source, DossierReportSink sink, DossierReadPolicy policy)
    {
        var schema = FileSchema.Dossiers;
        var (text, reader, header, map) = Open(stream, schema, source);
        using (reader)
        using (text)
        {
            var values = new string?[schema.Columns.Count];
            int fields = header.Count;
            if (stream.CanSeek)
            {
                sink.Expect(stream.Length / 64);
            }
            long lastLine = 1, rows = 0;
            while (!sink.Stopped && MoveToNextRecord(reader, stream, source, ref lastLine))
            {
                var row = reader.Current;
                long line = row.LineNumberFrom;
                sink.BeginRow();
                if (++rows == IdEstimateRows && stream.CanSeek && stream.Position > 0)
                {
                    // Room for the ids of the whole file, from the bytes these rows took (and a little more):
                    // the id set then grows once instead of a dozen times, each time hashing every id again.
                    double rowsPerByte = 1.05 * rows / stream.Position;
                    sink.ExpectIds((long)(rowsPerByte * (stream.Length - stream.Position)), rowsPerByte);
                }
                if (row.ColCount != fields || !TryFast(row, line, map, sink, policy))
                {
                    sink.Slow(ToRecord(row, line, map, header, schema, values));
                }
            }
        }
    }

    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.Trim().IsEmpty;

    /// <summary>The row's fields parsed in place, as <see cref="DossierValidator"/> parses them; false at the first one that does not parse (or is too long).</summary>
    private static bool TryFast(SepReader.Row row, long line, int[] map, DossierReportSink sink, DossierReadPolicy policy)
    {
        var id = Field(row, map, DossierColumns.Id);
        ulong idHash = sink.PrefetchId(id);
        var unit = Field(row, map, DossierColumns.Unit);
        var procedure = Field(row, map, DossierColumns.Procedure);
        var channelText = Field(row, map, DossierColumns.Channel);
        var receivedText = Field(row, map, DossierColumns.Received).Trim();
        var dueText = Field(row, map, DossierColumns.Due);
        var finishedText = Field(row, map, DossierColumns.Finished);
        var statusText = Field(row, map, DossierColumns.Status);
        var requestsText = Field(row, map, DossierColumns.Requests);
        var requestedText = Field(row, map, DossierColumns.Requested);
        var returnedText = Field(row, map, DossierColumns.Returned);
        var updatedText = Field(row, map, DossierColumns.Updated);
        var receivingText = Field(row, map, DossierColumns.ReceivingUnit);
        var electronicText = Field(row, map, DossierColumns.ResultElectronic);
        if ((id.Length | unit.Length | procedure.Length | channelText.Length | receivedText.Length | dueText.Length | finishedText.Length
            | statusText.Length | requestsText.Length | requestedText.Length | returnedText.Length | updatedText.Length | receivingText.Length
            | electronicText.Length) > FileSchema.MaxFieldLength)
        {
            return false;
        }
        var order = policy.DateOrder;
        if (!DossierReportSink.TryParseChannel(channelText, out var channel) || !DossierReportSink.TryParseStatus(statusText, out var status)
            || receivedText.IsEmpty || !FastTimestamps.TryParse(receivedText, order, out var received, out _))
        {
            return false;
        }
        LocalDateTime? due = null, finished = null, requested = null, returned = null, updated = null;
        if (!dueText.IsWhiteSpace())
        {
            if (!FastTimestamps.TryParse(dueText, order, out var value, out bool dateOnly))
            {
                return false;
            }
            due = policy.DueIsEndOfDay(dateOnly, value.TimeOfDay == LocalTime.Midnight) ? VietnamTime.EndOf(value.Date) : value;
        }
        if (!Optional(finishedText, order, ref finished) || !Optional(requestedText, order, ref requested)
            || !Optional(returnedText, order, ref returned) || !Optional(updatedText, order, ref updated))
        {
            return false;
        }
        int requests = 0;
        if (!requestsText.IsWhiteSpace() && !int.TryParse(requestsText, RequestsStyle, CultureInfo.InvariantCulture, out requests))
        {
            return false;
        }
        bool? electronic = null;
        if (!electronicText.IsWhiteSpace())
        {
            if (!DossierFields.TryParseBoolean(electronicText, out bool value))
            {
                return false;
            }
            electronic = value;
        }
        return sink.TryAccept(line, id, idHash, unit, procedure, channel, status, received, due, finished, requests, requested, returned, receivingText, electronic);

        static bool Optional(ReadOnlySpan<char> text, DateOrder order, ref LocalDateTime? value)
        {
            if (text.IsWhiteSpace())
            {
                return true;
            }
            if (!FastTimestamps.TryParse(text, order, out var parsed, out _))
            {
                return false;
            }
            value = parsed;
            return true;
        }
    }

    /// <summary>The number styles of <see cref="DossierValidator"/> for <c>supplement_requests</c>.</summary>
    internal const NumberStyles RequestsStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private static ReadOnlySpan<char> Field(SepReader.Row row, int[] map, int column)
    {
        int index = map[column];
        return index < 0 ? default : row[index].Span;
    }

    private static (StreamReader Text, SepReader Reader, IReadOnlyList<string> Header, int[] Map) Open(Stream stream, FileSchema schema, string source)
    {
        TextSniffer.Check(stream, source);
        var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: false);
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (DecoderFallbackException e)
        {
            text.Dispose();
            throw TextSniffer.NotUtf8(stream, source, 1, e);
        }
        catch (NotSupportedException e)
        {
            text.Dispose();
            throw LineTooLong(source, 1, e);
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice, e.g. a data line where a header should be.
            text.Dispose();
            throw new DataFileException($"{source}: not a {schema.Kind} file: the header (line 1) repeats a column name ({e.Message}).", e);
        }
        try
        {
            if (reader.Header.IsEmpty || reader.Header.ColNames.All(n => n.Trim().Length == 0))
            {
                throw new DataFileException($"{source}: the file is empty: expected a header line naming the {schema.Kind} columns ({string.Join(", ", schema.Columns.Where(c => c.Required).Select(c => c.Name))}).");
            }
            var header = reader.Header.ColNames;
            return (text, reader, header, schema.Map(header, source));
        }
        catch
        {
            reader.Dispose();
            text.Dispose();
            throw;
        }
    }

    /// <summary>A row as text in the schema's column order, or the reason it cannot be split into fields.</summary>
    private static RawRecord ToRecord(SepReader.Row row, long line, int[] map, IReadOnlyList<string> header, FileSchema schema, string?[] values)
    {
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
            // Named as every other fault is, by the schema's name of the column (the last one, where the
            // extra field starts), whatever the header calls it; a column the schema does not know keeps the header's text.
            int last = Array.IndexOf(map, header.Count - 1);
            problem = new RowError(line, last >= 0 ? schema.Columns[last].Name : header[^1],
                string.Create(CultureInfo.InvariantCulture, $"the line has {row.ColCount} fields, the header has {header.Count} (an unquoted separator in a value?)"));
        }
        return new RawRecord(line, values, problem);
    }



    private static DataFileException LineTooLong(string source, long line, Exception e) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{source}: line {line:N0} is longer than the 16 MiB a row may hold (a runaway line, or a quote never closed): fix or remove it and try again."), e);
}
