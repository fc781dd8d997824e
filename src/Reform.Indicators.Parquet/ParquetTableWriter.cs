using NodaTime;

namespace Reform.Indicators.Data;

/// <summary>
/// Writes records of a schema (docs/specification.md §3) as Parquet, for <see cref="TableWriter"/>:
/// one row group per <see cref="TableWriter.RowGroupSize"/> records; timestamps as Parquet
/// timestamps (microseconds, not adjusted to UTC: Vietnam civil time), dates as Parquet dates.
/// </summary>
internal static class ParquetTableWriter
{
    /// <summary>
    /// Parquet through ParquetSharp (Arrow's C++ writer): Snappy, dictionary pages (but for the
    /// id; Arrow falls back to plain pages once a column's dictionary passes 1 MiB), required text
    /// columns as REQUIRED, and column statistics in the columns' own units. Parquet.Net 6.1 writes the minimum and
    /// maximum of a microsecond timestamp column in milliseconds (parquet-dotnet issue #769), and
    /// engines that trust statistics — DuckDB folds <c>received_at::DATE &lt; DATE '2022-01-01'</c>
    /// to true for a whole file of 2022 — then answer wrong without a word.
    /// </summary>
    public static void Write(FileSchema schema, IEnumerable<object?[]> records, Stream stream)
    {
        EnsureWriter();
        var types = schema.Columns.Select(LogicalType).ToArray();
        var nodes = schema.Columns.Select((c, i) => new ParquetSharp.Schema.PrimitiveNode(
            c.Name, c.Required && c.Kind == ColumnKind.Text ? ParquetSharp.Repetition.Required : ParquetSharp.Repetition.Optional, types[i], PhysicalType(c.Kind))).ToArray();
        try
        {
            using var root = new ParquetSharp.Schema.GroupNode("schema", ParquetSharp.Repetition.Required, nodes);
            using var builder = new ParquetSharp.WriterPropertiesBuilder();
            // No dictionary for the id: its values are (meant to be) all different.
            using var properties = builder.Compression(ParquetSharp.Compression.Snappy).DisableDictionary("dossier_id").Build();
            using var written = new CountingStream(stream);
            using var output = new ParquetSharp.IO.ManagedOutputStream(written, leaveOpen: true);
            using var file = new ParquetSharp.ParquetFileWriter(output, root, properties);
            var batch = new List<object?[]>(Math.Min(TableWriter.RowGroupSize, 1 << 16));
            bool wroteAny = false;
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count == TableWriter.RowGroupSize)
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
        catch (ParquetSharp.ParquetException e)
        {
            // The stream's own IOException comes back from the native writer as text.
            throw new IOException($"writing Parquet failed: {e.Message}", e);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
            foreach (var type in types)
            {
                type.Dispose();
            }
        }
    }

    /// <summary>Fails with one message where ParquetSharp's native library cannot load.</summary>
    public static void EnsureWriter()
    {
        try
        {
            using var probe = ParquetSharp.LogicalType.None();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new PlatformNotSupportedException(
                "Writing Parquet needs ParquetSharp's native library, which this platform lacks; write CSV instead.", e);
        }
    }

    private static ParquetSharp.LogicalType LogicalType(Column column) => column.Kind switch
    {
        ColumnKind.Text => ParquetSharp.LogicalType.String(),
        ColumnKind.Timestamp => ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros),
        ColumnKind.Date => ParquetSharp.LogicalType.Date(),
        ColumnKind.Integer => ParquetSharp.LogicalType.Int(32, isSigned: true),
        ColumnKind.Boolean => ParquetSharp.LogicalType.None(),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static ParquetSharp.PhysicalType PhysicalType(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => ParquetSharp.PhysicalType.ByteArray,
        ColumnKind.Timestamp => ParquetSharp.PhysicalType.Int64,
        ColumnKind.Boolean => ParquetSharp.PhysicalType.Boolean,
        _ => ParquetSharp.PhysicalType.Int32,
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
                    Write(column, batch.Select(r => r[c] is null ? null : TableWriter.Text(r[c])));
                    break;
                case ColumnKind.Timestamp:
                    Write(column, batch.Select(r => Timestamp(r[c])));
                    break;
                case ColumnKind.Date:
                    Write(column, batch.Select(r => r[c] is LocalDate d ? new ParquetSharp.Date(d.Year, d.Month, d.Day) : (ParquetSharp.Date?)null));
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

    /// <summary>
    /// The caller's stream as ParquetSharp sees it: write-only, its position the bytes written so
    /// far, so that a stream that cannot seek, or that does not start at 0, gets a right footer.
    /// </summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written;

        public override long Position
        {
            get => written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            written += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            written += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
