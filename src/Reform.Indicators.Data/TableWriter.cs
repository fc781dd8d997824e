using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;

namespace Reform.Indicators.Data;

/// <summary>Writes records of a schema as CSV (Sep) or Parquet (<see cref="ParquetSupport"/>), in batches.</summary>
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

    public static void Write(FileSchema schema, IEnumerable<object?[]> records, Stream stream, DataFormat format, string target = "output")
    {
        switch (format)
        {
            case DataFormat.Csv:
                WriteCsv(schema, records, stream);
                break;
            case DataFormat.Parquet:
                ParquetSupport.ForWriting(target).Write(schema, records, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data format.");
        }
    }

    public static void Write(FileSchema schema, IEnumerable<object?[]> records, string path, DataFormat? format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var chosen = format ?? DataFormats.FromPath(path);
        if (chosen == DataFormat.Parquet)
        {
            ParquetSupport.ForWriting(path).EnsureWriter(); // before the file is created: an existing file stays as it was
        }
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(schema, records, stream, chosen, path);
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

    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        LocalDateTime t => TextForms.Format(t),
        LocalDate d => TextForms.Format(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name}.", nameof(value)),
    };
}
