using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace Reform.Indicators.Data;

/// <summary>Writes records of a schema as CSV (Sep) or Parquet (Parquet.Net), in batches.</summary>
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

    private static DataField Field(Column column) => column.Kind switch
    {
        ColumnKind.Text => new DataField<string>(column.Name, !column.Required),
        ColumnKind.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Micros, isNullable: true),
        ColumnKind.Date => new DataField<DateOnly?>(column.Name),
        ColumnKind.Integer => new DataField<int?>(column.Name),
        ColumnKind.Boolean => new DataField<bool?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static void WriteParquet(FileSchema schema, IEnumerable<object?[]> records, Stream stream)
    {
        var fields = schema.Columns.Select(Field).ToArray();
        var parquetSchema = new ParquetSchema(fields);
        var writer = ParquetWriter.CreateAsync(parquetSchema, stream).GetAwaiter().GetResult();
        try
        {
            var batch = new List<object?[]>(Math.Min(RowGroupSize, 1 << 16));
            bool wroteAny = false;
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count == RowGroupSize)
                {
                    WriteRowGroup(writer, schema, fields, batch);
                    wroteAny = true;
                    batch.Clear();
                }
            }
            if (batch.Count > 0 || !wroteAny)
            {
                WriteRowGroup(writer, schema, fields, batch);
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void WriteRowGroup(ParquetWriter writer, FileSchema schema, DataField[] fields, List<object?[]> batch)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            switch (schema.Columns[c].Kind)
            {
                case ColumnKind.Text:
                    group.WriteAsync(field, [.. batch.Select(r => r[c] is null ? null : Text(r[c]))]).GetAwaiter().GetResult();
                    break;
                case ColumnKind.Timestamp:
                    group.WriteAsync<DateTime>(field, batch.Select(r => Timestamp(r[c])).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                case ColumnKind.Date:
                    group.WriteAsync<DateOnly>(field, batch.Select(r => r[c] is LocalDate d ? DateOnly.FromDateTime(d.ToDateTimeUnspecified()) : (DateOnly?)null).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                case ColumnKind.Integer:
                    group.WriteAsync<int>(field, batch.Select(r => (int?)r[c]).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                case ColumnKind.Boolean:
                    group.WriteAsync<bool>(field, batch.Select(r => (bool?)r[c]).ToArray().AsMemory()).GetAwaiter().GetResult();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {schema.Columns[c].Kind}.");
            }
        }
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
