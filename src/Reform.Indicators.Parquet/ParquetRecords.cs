using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Reform.Indicators.Data;

/// <summary>Reads the records of a Parquet file as text, one row group (batch) at a time, with Parquet.Net.</summary>
/// <remarks>
/// Columns are found by the same names as in CSV. Strings are taken as they are; timestamps
/// without a time zone are Vietnam civil time and become ISO text (<c>2023-01-16T09:30:00</c>);
/// timestamps adjusted to UTC are converted to UTC+7; dates become <c>2023-01-16</c> (a due date
/// without a time is the end of that day); integers and booleans become their invariant text.
/// So a Parquet file and a CSV file with the same content read to the same records. Records are
/// numbered from 2, as the lines of the same data in CSV under a header line would be.
/// </remarks>
internal static class ParquetRecords
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    public static IEnumerable<RawRecord> Read(Stream stream, FileSchema schema, string source)
    {
        CheckEnds(stream, source);
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: false).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException
            or ParquetException or Parquet.Meta.Proto.ThriftProtocolException)
        {
            stream.Dispose();
            throw new DataFileException($"{source}: not a readable Parquet file ({e.Message}).", e);
        }
        try
        {
            var fields = reader.Schema.GetDataFields();
            int[] map = schema.Map([.. fields.Select(f => f.Name)], source);
            var values = new string?[schema.Columns.Count];
            var columns = new string?[schema.Columns.Count][];
            long row = 2;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                if (group.RowCount is < 0 or > int.MaxValue)
                {
                    // A damaged footer: not a row group to skip in silence (nor a bare overflow).
                    throw new DataFileException(string.Create(CultureInfo.InvariantCulture, $"{source}: not a readable Parquet file (row group {g} says it has {group.RowCount:N0} rows)."));
                }
                int count = (int)group.RowCount;
                if (count == 0)
                {
                    continue; // Parquet.Net fails on an empty row group's columns ("Sequence contains no elements")
                }
                for (int c = 0; c < map.Length; c++)
                {
                    if (map[c] < 0)
                    {
                        columns[c] = new string?[count];
                        continue;
                    }
                    if (group.GetMetadata(fields[map[c]])?.MetaData?.NumValues is { } held && held != count)
                    {
                        // A flat column holds one value (or null) per row; Parquet.Net would read a short one without a word.
                        throw new DataFileException(string.Create(CultureInfo.InvariantCulture,
                            $"{source}: rows {row:N0} to {row + count - 1:N0}, column {fields[map[c]].Name}: not readable ({held:N0} values in a row group of {count:N0} rows)"));
                    }
                    try
                    {
                        columns[c] = ReadColumn(group, fields[map[c]], count, source, endOfDayIsDate: schema.Columns[c].Name == Dossiers.DossierFields.DueAt);
                    }
                    catch (ArgumentOutOfRangeException e)
                    {
                        // Parquet.Net turns a timestamp no DateTime holds (outside the years 1 to 9999) into this,
                        // for the whole column chunk: name the rows it was reading.
                        throw new DataFileException(string.Create(CultureInfo.InvariantCulture,
                            $"{source}: rows {row:N0} to {row + count - 1:N0}, column {fields[map[c]].Name}: a value this reader cannot hold, such as a timestamp outside the years 1 to 9999 ({e.Message})"), e);
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException
                        or ParquetException or Parquet.Meta.Proto.ThriftProtocolException)
                    {
                        // A damaged column chunk: the file, the rows and the column, not the reader's bare exception.
                        throw new DataFileException(string.Create(CultureInfo.InvariantCulture,
                            $"{source}: rows {row:N0} to {row + count - 1:N0}, column {fields[map[c]].Name}: not readable ({e.Message})"), e);
                    }
                }
                for (int i = 0; i < count; i++)
                {
                    RowError? problem = null;
                    for (int c = 0; c < values.Length; c++)
                    {
                        string? value = columns[c][i];
                        if (value is { Length: > FileSchema.MaxFieldLength })
                        {
                            problem ??= new RowError(row, schema.Columns[c].Name,
                                string.Create(CultureInfo.InvariantCulture, $"longer than {FileSchema.MaxFieldLength:N0} characters"), RowErrors.Shorten(value));
                            value = null;
                        }
                        values[c] = value;
                    }
                    yield return new RawRecord(row++, values, problem);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Reads a dossier file into <paramref name="sink"/>.</summary>
    public static void Scan(Stream stream, string source, DossierReportSink sink, Dossiers.DossierReadPolicy policy)
    {
        CheckEnds(stream, source);
        try
        {
            if (ParquetTableScan.TryScan(stream, source, sink, policy))
            {
                stream.Dispose();
                return;
            }
        }
        catch (Exception e) when (e is ParquetSharp.ParquetException or InvalidDataException)
        {
            // InvalidDataException: a column with fewer values than its row group says it has.
            stream.Dispose();
            throw new DataFileException($"{source}: not a readable Parquet file ({e.Message}).", e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        foreach (var record in Read(stream, FileSchema.Dossiers, source))
        {
            sink.BeginRow();
            sink.Slow(record);
            if (sink.Stopped)
            {
                break;
            }
        }
    }

    /// <summary>
    /// A Parquet file starts and ends with <c>PAR1</c>: one that does not is named for what it is
    /// (text, or a file cut short) before a reader says something vaguer. Only for a stream that can seek.
    /// </summary>
    private static void CheckEnds(Stream stream, string source)
    {
        if (!stream.CanSeek || stream.Length < 8)
        {
            return;
        }
        long start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[4];
        stream.ReadExactly(head);
        stream.Position = stream.Length - 4;
        stream.ReadExactly(tail);
        stream.Position = start;
        bool dispose = true;
        try
        {
            if (!head.SequenceEqual("PAR1"u8))
            {
                throw new DataFileException($"{source}: not a readable Parquet file: it does not start with PAR1{(IsText(head) ? " (it looks like text; name it .csv)" : "")}.");
            }
            if (!tail.SequenceEqual("PAR1"u8))
            {
                throw new DataFileException($"{source}: not a readable Parquet file: damaged, it does not end with PAR1 (cut short while copying or writing?); copy or export it again.");
            }
            dispose = false;
        }
        finally
        {
            if (dispose)
            {
                stream.Dispose();
            }
        }
    }

    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is < 0x09 or (> 0x0D and < 0x20))
            {
                return false;
            }
        }
        return true;
    }

    private static string?[] ReadColumn(ParquetRowGroupReader group, DataField field, int count, string source, bool endOfDayIsDate)
    {
        var text = new string?[count];
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            group.ReadAsync(field, text.AsMemory()).AsTask().GetAwaiter().GetResult();
            return text;
        }
        if (type == typeof(DateTime))
        {
            bool utc = field is DateTimeDataField { IsAdjustedToUTC: true };
            var data = Read<DateTime>(group, field, count);
            for (int i = 0; i < count; i++)
            {
                text[i] = data[i] is { } t ? FormatTimestamp(t, utc, endOfDayIsDate) : null;
            }
            return text;
        }
        if (type == typeof(DateOnly))
        {
            var data = Read<DateOnly>(group, field, count);
            for (int i = 0; i < count; i++)
            {
                text[i] = data[i]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            return text;
        }
        if (type == typeof(DateTimeOffset))
        {
            var data = Read<DateTimeOffset>(group, field, count);
            for (int i = 0; i < count; i++)
            {
                text[i] = data[i]?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
            }
            return text;
        }
        return type switch
        {
            _ when type == typeof(int) => Invariant(Read<int>(group, field, count)),
            _ when type == typeof(long) => Invariant(Read<long>(group, field, count)),
            _ when type == typeof(short) => Invariant(Read<short>(group, field, count)),
            _ when type == typeof(sbyte) => Invariant(Read<sbyte>(group, field, count)),
            _ when type == typeof(byte) => Invariant(Read<byte>(group, field, count)),
            _ when type == typeof(ushort) => Invariant(Read<ushort>(group, field, count)),
            _ when type == typeof(uint) => Invariant(Read<uint>(group, field, count)),
            _ when type == typeof(bool) => [.. Read<bool>(group, field, count).Select(b => b is { } v ? (v ? "true" : "false") : null)],
            // pandas writes an integer column with gaps as DOUBLE: a whole number is read as that number, any other is given as it is (and rejected where a count is expected).
            _ when type == typeof(double) => [.. Read<double>(group, field, count).Select(Whole)],
            _ when type == typeof(float) => [.. Read<float>(group, field, count).Select(v => Whole(v))],
            _ => throw new DataFileException($"{source}: column {field.Name} has Parquet type {type.Name}; expected text, a timestamp, a date, a number or a boolean."),
        };
    }

    private static string? Whole(double? value) => value switch
    {
        null => null,
        { } v when double.IsFinite(v) && Math.Floor(v) == v && Math.Abs(v) < 1e15 => ((long)v).ToString(CultureInfo.InvariantCulture),
        { } v => v.ToString("R", CultureInfo.InvariantCulture),
    };

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var data = new T?[count];
        group.ReadAsync<T>(field, data.AsMemory()).AsTask().GetAwaiter().GetResult();
        return data;
    }

    private static string?[] Invariant<T>(T?[] values)
        where T : struct, IFormattable =>
        [.. values.Select(v => v?.ToString(null, CultureInfo.InvariantCulture))];

    /// <summary>
    /// ISO text of a timestamp. For <c>due_at</c>, the last microsecond of a day (23:59:59.999999
    /// or later) is written as the date alone: it is how "the end of that day" is stored in
    /// Parquet, whose timestamps cannot hold the nanosecond end of day.
    /// </summary>
    internal static string FormatTimestamp(DateTime t, bool utc, bool endOfDayIsDate)
    {
        if (endOfDayIsDate && !utc && t.TimeOfDay >= EndOfDayThreshold)
        {
            return t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return t.ToString(utc ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
    }

    internal static readonly TimeSpan EndOfDayThreshold = TimeSpan.FromDays(1) - TimeSpan.FromMicroseconds(1);
}
