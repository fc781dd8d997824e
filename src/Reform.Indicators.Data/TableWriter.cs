using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;

namespace Reform.Indicators.Data;

/// <summary>Writes records of a schema as CSV (Sep) or Parquet (ParquetSharp), in batches.</summary>
/// <remarks>
/// Each record is an array of values in the schema's column order: <see cref="string"/> for text,
/// <see cref="LocalDateTime"/> for timestamps (or a string when it must be written as a date alone),
/// <see cref="LocalDate"/> for dates, <see cref="int"/> and <see cref="bool"/>; null for empty.
/// CSV is UTF-8 without a byte-order mark, comma-separated, quoted where needed, with the canonical
/// header. Parquet has one row group per <see cref="RowGroupSize"/> records; timestamps are Parquet
/// timestamps (microseconds, not adjusted to UTC: Vietnam civil time), dates are Parquet dates.
/// </remarks>
internal static class TableWriter
{
    public const int RowGroupSize = 1 << 20;

    public static void Write(FileSchema schema, IEnumerable<object?[]> records, Stream stream, DataFormat format)
    {
        switch (format)
        {
            case DataFormat.Csv:
                WriteCsv(schema, records, stream);
                break;
            case DataFormat.Parquet:
                WriteParquet(schema, records, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data format.");
        }
    }

    public static void Write(FileSchema schema, IEnumerable<object?[]> records, string path, DataFormat? format)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(schema, records, stream, format ?? DataFormats.FromPath(path));
    }

    private static void WriteCsv(FileSchema schema, IEnumerable<object?[]> records, Stream stream)
    {
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            var names = schema.Columns.Select(c => c.Name).ToArray();
            bool any = false;
            foreach (var record in records)
            {
                any = true;
                using var row = writer.NewRow();
                for (int c = 0; c < names.Length; c++)
                {
                    row[names[c]].Set(Text(record[c]));
                }
            }
            if (!any)
            {
                // Sep writes the header with the first row; an empty data set still gets its header.
                text.Write(string.Join(',', names));
                text.Write('\n');
            }
        }
        text.Flush();
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        LocalDateTime t => TextForms.Format(t),
        LocalDate d => TextForms.Format(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Parquet through ParquetSharp (Arrow's C++ writer): Snappy, dictionary pages where they pay,
    /// and column statistics in the columns' own units. Parquet.Net 6.1 writes the minimum and
    /// maximum of a microsecond timestamp column in milliseconds (parquet-dotnet issue #769), and
    /// engines that trust statistics — DuckDB folds <c>received_at::DATE &lt; DATE '2022-01-01'</c>
    /// to true for a whole file of 2022 — then answer wrong without a word.
    /// </summary>
    private static void WriteParquet(FileSchema schema, IEnumerable<object?[]> records, Stream stream)
    {
        var columns = schema.Columns.Select(ParquetColumn).ToArray();
        ParquetSharp.IO.ManagedOutputStream output;
        try
        {
            output = new ParquetSharp.IO.ManagedOutputStream(stream, leaveOpen: true);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new PlatformNotSupportedException(
                "Writing Parquet needs ParquetSharp's native library, which this platform lacks; write CSV instead.", e);
        }
        using (output)
        {
            using var builder = new ParquetSharp.WriterPropertiesBuilder();
            using var properties = builder.Compression(ParquetSharp.Compression.Snappy).Build();
            using var file = new ParquetSharp.ParquetFileWriter(output, columns, properties);
            var batch = new List<object?[]>(Math.Min(RowGroupSize, 1 << 16));
            bool wroteAny = false;
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count == RowGroupSize)
                {
                    WriteRowGroup(file, schema, batch);
                    wroteAny = true;
                    batch.Clear();
                }
            }
            if (batch.Count > 0 || !wroteAny)
            {
                WriteRowGroup(file, schema, batch);
            }
            file.Close();
        }
    }

    private static ParquetSharp.Column ParquetColumn(Column column) => column.Kind switch
    {
        ColumnKind.Text => new ParquetSharp.Column<string>(column.Name, ParquetSharp.LogicalType.String()),
        ColumnKind.Timestamp => new ParquetSharp.Column<DateTime?>(column.Name, ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros)),
        ColumnKind.Date => new ParquetSharp.Column<DateOnly?>(column.Name, ParquetSharp.LogicalType.Date()),
        ColumnKind.Integer => new ParquetSharp.Column<int?>(column.Name),
        ColumnKind.Boolean => new ParquetSharp.Column<bool?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static void WriteRowGroup(ParquetSharp.ParquetFileWriter file, FileSchema schema, List<object?[]> batch)
    {
        using var group = file.AppendRowGroup();
        for (int c = 0; c < schema.Columns.Count; c++)
        {
            using var column = group.NextColumn();
            switch (schema.Columns[c].Kind)
            {
                case ColumnKind.Text:
                    Write(column, batch.Select(r => r[c] is null ? null : Text(r[c])));
                    break;
                case ColumnKind.Timestamp:
                    Write(column, batch.Select(r => Timestamp(r[c])));
                    break;
                case ColumnKind.Date:
                    Write(column, batch.Select(r => r[c] is LocalDate d ? DateOnly.FromDateTime(d.ToDateTimeUnspecified()) : (DateOnly?)null));
                    break;
                case ColumnKind.Integer:
                    Write(column, batch.Select(r => (int?)r[c]));
                    break;
                case ColumnKind.Boolean:
                    Write(column, batch.Select(r => (bool?)r[c]));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {schema.Columns[c].Kind}.");
            }
        }
    }

    private static void Write<T>(ParquetSharp.ColumnWriter column, IEnumerable<T> values)
    {
        using var writer = column.LogicalWriter<T>();
        writer.WriteBatch([.. values]);
    }

    /// <summary>A timestamp for Parquet; a date-only deadline (a string) is stored as the last microsecond of its day.</summary>
    private static DateTime? Timestamp(object? value) => value switch
    {
        null => null,
        LocalDateTime t => t.ToDateTimeUnspecified(),
        string s when TextForms.TryParseDate(s, out var date) => date.ToDateTimeUnspecified() + ParquetRecords.EndOfDayThreshold,
        _ => throw new ArgumentException($"Cannot write {value} as a timestamp.", nameof(value)),
    };
}
