using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using ParquetSharp;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Data;

/// <summary>
/// Reads a dossier Parquet file into a <see cref="DossierTableScan"/> as typed columns with
/// ParquetSharp: text as UTF-8 bytes (no string per value), timestamps as 64-bit integers, counts
/// as 32-bit integers, a chunk of rows at a time.
/// </summary>
/// <remarks>
/// <para>Takes the files whose dossier columns are flat and of the types our writer uses (UTF-8
/// strings; timestamps of milli- or microseconds not adjusted to UTC; 32-bit integers) or text in
/// place of a timestamp or a count. Any other file — another type, nested columns, a stream that
/// cannot seek, not Parquet at all — is left to <see cref="ParquetRecords"/> (Parquet.Net, the
/// record path), which reads every type and words every error; <see cref="TryScan"/> then returns
/// false before reading a row. So does a platform without ParquetSharp's native library.</para>
/// <para>Values become exactly what <see cref="ParquetRecords"/> would make of them: a timestamp is
/// the same civil time to the tick, a <c>due_at</c> at the last microsecond of a day is the end of
/// that date, and a row the fast path does not take goes to <see cref="DossierTableScan.Slow"/>
/// as the same text record.</para>
/// </remarks>
internal static class ParquetTableScan
{
    private const int ChunkRows = 1 << 14;
    private const int PrefetchDistance = 8;
    private const int Text = 0, Micros = 1, Millis = 2, Int32 = 3;
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>Scans the file into <paramref name="scan"/>; false (nothing read, the stream rewound) when the file is not one this reader takes.</summary>
    public static bool TryScan(Stream stream, string source, DossierTableScan scan)
    {
        if (!stream.CanSeek)
        {
            return false;
        }
        ParquetFileReader file;
        try
        {
            file = new ParquetFileReader(stream, leaveOpen: true);
        }
        catch (Exception e) when (e is ParquetException or DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // Not Parquet (Parquet.Net words the error), or no native ParquetSharp library for this platform.
            stream.Position = 0;
            return false;
        }
        using (file)
        {
            var schema = FileSchema.Dossiers;
            var metadata = file.FileMetaData;
            int columns = metadata.NumColumns;
            var names = new string[columns];
            for (int i = 0; i < columns; i++)
            {
                var descriptor = metadata.Schema.Column(i);
                if (descriptor.MaxRepetitionLevel != 0 || descriptor.Path.ToDotVector().Length != 1)
                {
                    stream.Position = 0;
                    return false;
                }
                names[i] = descriptor.Name;
            }
            int[] map = schema.Map(names, source);
            var kinds = new int[map.Length];
            for (int c = 0; c < map.Length; c++)
            {
                kinds[c] = map[c] < 0 ? Text : KindOf(metadata.Schema.Column(map[c]), schema.Columns[c].Kind);
                if (kinds[c] < 0)
                {
                    stream.Position = 0;
                    return false;
                }
            }
            var values = new string?[map.Length];
            scan.Expect(metadata.NumRows);
            // Two threads: one decodes the next chunk of rows (decompression, levels, UTF-8) while
            // this one validates the current chunk; two sets of buffers pass between them in order.
            using var free = new BlockingCollection<Chunk>();
            using var full = new BlockingCollection<Chunk>();
            for (int set = 0; set < 2; set++)
            {
                free.Add(new Chunk([.. kinds.Select((kind, c) => new ColumnBuffer(kind, map[c] < 0))]));
            }
            using var stop = new CancellationTokenSource();
            var decoder = Task.Run(() => Decode(file, map, free, full, stop.Token));
            try
            {
                long row = 2;
                foreach (var chunk in full.GetConsumingEnumerable())
                {
                    var rows = chunk.Rows;
                    for (int i = 0; i < chunk.Count && !scan.Stopped; i++, row++)
                    {
                        // The id slot a few rows ahead: the set is larger than the caches.
                        if (i + PrefetchDistance < chunk.Count)
                        {
                            scan.PrefetchIdHash(rows[i + PrefetchDistance].IdHash);
                        }
                        scan.BeginRow();
                        if (!rows[i].Ok || !Accept(chunk.Columns, i, row, rows[i], scan))
                        {
                            scan.Slow(ToRecord(chunk.Columns, i, row, schema, values));
                        }
                    }
                    if (scan.Stopped)
                    {
                        break;
                    }
                    free.Add(chunk);
                }
            }
            finally
            {
                stop.Cancel();
                try
                {
                    decoder.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Cancelled (stopped early, or this thread failed: its error is the one that counts);
                    // a failure of the decoder itself is rethrown below.
                }
            }
            if (decoder.IsFaulted)
            {
                decoder.GetAwaiter().GetResult();
            }
        }
        return true;
    }

    /// <summary>The decoding thread: every row group, a chunk at a time, into the free buffers.</summary>
    private static void Decode(
        ParquetFileReader file, int[] map, BlockingCollection<Chunk> free, BlockingCollection<Chunk> full, CancellationToken stop)
    {
        try
        {
            for (int g = 0; g < file.FileMetaData.NumRowGroups; g++)
            {
                using var group = file.RowGroup(g);
                long rows = group.MetaData.NumRows;
                var readers = new ColumnReader?[map.Length];
                try
                {
                    for (int c = 0; c < map.Length; c++)
                    {
                        readers[c] = map[c] < 0 ? null : group.Column(map[c]);
                    }
                    for (long done = 0; done < rows; done += ChunkRows)
                    {
                        int count = (int)Math.Min(ChunkRows, rows - done);
                        var chunk = free.Take(stop);
                        for (int c = 0; c < map.Length; c++)
                        {
                            chunk.Columns[c].Read(readers[c], count);
                        }
                        for (int i = 0; i < count; i++)
                        {
                            chunk.Rows[i] = Parse(chunk.Columns, i);
                        }
                        chunk.Count = count;
                        full.Add(chunk, stop);
                    }
                }
                finally
                {
                    foreach (var reader in readers)
                    {
                        reader?.Dispose();
                    }
                }
            }
        }
        finally
        {
            full.CompleteAdding();
        }
    }

    /// <summary>How a column of the file is read for a schema column, or -1 when this reader does not take it.</summary>
    private static int KindOf(ColumnDescriptor column, ColumnKind kind)
    {
        using var logical = column.LogicalType;
        bool text = column.PhysicalType == PhysicalType.ByteArray && logical is StringLogicalType;
        return kind switch
        {
            ColumnKind.Text => text ? Text : -1,
            ColumnKind.Timestamp when text => Text,
            ColumnKind.Timestamp when column.PhysicalType == PhysicalType.Int64 && logical is TimestampLogicalType { IsAdjustedToUtc: false } t =>
                t.TimeUnit switch { TimeUnit.Micros => Micros, TimeUnit.Millis => Millis, _ => -1 },
            ColumnKind.Integer when text => Text,
            ColumnKind.Integer when column.PhysicalType == PhysicalType.Int32 && logical is NoneLogicalType or IntLogicalType { BitWidth: 32, IsSigned: true } => Int32,
            _ => -1,
        };
    }

    /// <summary>
    /// A row's fields parsed, on the decoding thread (nothing here depends on earlier rows);
    /// not <see cref="ParsedRow.Ok"/> when one does not parse or is too long.
    /// </summary>
    private static ParsedRow Parse(ColumnBuffer[] b, int i)
    {
        var id = b[0].Chars(i);
        var unit = b[1].Chars(i);
        var procedure = b[2].Chars(i);
        var channelText = b[3].Chars(i);
        var statusText = b[7].Chars(i);
        if ((id.Length | unit.Length | procedure.Length | channelText.Length | statusText.Length) > FileSchema.MaxFieldLength
            || !DossierTableScan.TryParseChannel(channelText, out var channel) || !DossierTableScan.TryParseStatus(statusText, out var status)
            || !b[4].TryTimestamp(i, required: true, endOfDate: false, out var receivedAt) || receivedAt is not { } received
            || !b[5].TryTimestamp(i, required: false, endOfDate: true, out var due)
            || !b[6].TryTimestamp(i, required: false, endOfDate: false, out var finished)
            || !b[9].TryTimestamp(i, required: false, endOfDate: false, out var requested)
            || !b[8].TryCount(i, out int requests))
        {
            return default;
        }
        return new ParsedRow(true, IdSet.Hash(id.Trim()), channel, status, received, due, finished, requests, requested);
    }

    /// <summary>The row offered to the scan, on the validating thread (codes, deadline, rules, id, table, in row order).</summary>
    private static bool Accept(ColumnBuffer[] b, int i, long row, in ParsedRow p, DossierTableScan scan) =>
        scan.TryAccept(row, b[0].Chars(i), p.IdHash, b[1].Chars(i), b[2].Chars(i), p.Channel, p.Status, p.Received, p.Due, p.Finished, p.Requests, p.Requested);

    /// <summary>A row's parsed fields.</summary>
    private readonly record struct ParsedRow(
        bool Ok, uint IdHash, DossierChannel Channel, DossierStatus Status, LocalDateTime Received, LocalDateTime? Due, LocalDateTime? Finished,
        int Requests, LocalDateTime? Requested);

    /// <summary>One chunk of rows: the columns' buffers and the rows parsed from them.</summary>
    private sealed class Chunk(ColumnBuffer[] columns)
    {
        public ColumnBuffer[] Columns { get; } = columns;

        public ParsedRow[] Rows { get; } = new ParsedRow[ChunkRows];

        public int Count { get; set; }
    }

    /// <summary>The row as <see cref="ParquetRecords"/> gives it: text per column, the first overlong field as the row's problem.</summary>
    private static RawRecord ToRecord(ColumnBuffer[] b, int i, long row, FileSchema schema, string?[] values)
    {
        RowError? problem = null;
        for (int c = 0; c < b.Length; c++)
        {
            string? value = b[c].TextOf(i, endOfDayIsDate: c == 5);
            if (value is { Length: > FileSchema.MaxFieldLength })
            {
                problem ??= new RowError(row, schema.Columns[c].Name,
                    string.Create(CultureInfo.InvariantCulture, $"longer than {FileSchema.MaxFieldLength:N0} characters"), RowErrors.Shorten(value));
                value = null;
            }
            values[c] = value;
        }
        return new RawRecord(row, values, problem);
    }

    /// <summary>One column's values for a chunk of rows: UTF-16 text with offsets, or integers; a flag per row for null.</summary>
    private sealed class ColumnBuffer(int kind, bool absent)
    {
        private readonly short[] definitions = new short[ChunkRows];
        private readonly bool[] isNull = new bool[ChunkRows];
        private readonly ByteArray[] pointers = kind == Text ? new ByteArray[ChunkRows] : [];
        private readonly long[] longs = kind is Micros or Millis ? new long[ChunkRows] : [];
        private readonly long[] denseLongs = kind is Micros or Millis ? new long[ChunkRows] : [];
        private readonly int[] ints = kind == Int32 ? new int[ChunkRows] : [];
        private readonly int[] denseInts = kind == Int32 ? new int[ChunkRows] : [];
        private readonly int[] offsets = kind == Text ? new int[ChunkRows + 1] : [];
        private readonly long minimum = kind switch { Micros => -UnixEpochTicks / TimeSpan.TicksPerMicrosecond, Millis => -UnixEpochTicks / TimeSpan.TicksPerMillisecond, _ => 0 };
        private readonly long maximum = kind switch { Micros => (DateTime.MaxValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond, Millis => (DateTime.MaxValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond, _ => 0 };
        private char[] chars = kind == Text ? new char[ChunkRows * 16] : [];
        private int charCount;

        public void Read(ColumnReader? reader, int count)
        {
            if (absent || reader is null)
            {
                Array.Fill(isNull, true, 0, count);
                return;
            }
            charCount = 0;
            int done = 0;
            while (done < count)
            {
                int want = count - done;
                long levels, read;
                bool required = reader.ColumnDescriptor.MaxDefinitionLevel == 0;
                var defs = definitions.AsSpan(done, want);
                switch (kind)
                {
                    case Text:
                        levels = ((ColumnReader<ByteArray>)reader).ReadBatch(want, defs, default, pointers.AsSpan(0, want), out read);
                        break;
                    case Micros or Millis:
                        levels = ((ColumnReader<long>)reader).ReadBatch(want, defs, default, denseLongs.AsSpan(0, want), out read);
                        break;
                    default:
                        levels = ((ColumnReader<int>)reader).ReadBatch(want, defs, default, denseInts.AsSpan(0, want), out read);
                        break;
                }
                if (levels == 0)
                {
                    throw new InvalidDataException($"column {reader.ColumnDescriptor.Name} ends before its row group ({done:N0} of {count:N0} rows)");
                }
                // Spread the dense values over the rows (nulls take none), text copied out at once:
                // the bytes it points to live only until the next batch.
                int next = 0;
                for (int r = 0; r < levels; r++)
                {
                    int at = done + r;
                    bool present = required || definitions[at] > 0;
                    isNull[at] = !present;
                    if (kind == Text)
                    {
                        offsets[at] = charCount;
                        if (present)
                        {
                            Append(pointers[next++]);
                        }
                        offsets[at + 1] = charCount;
                    }
                    else if (present)
                    {
                        if (kind == Int32)
                        {
                            ints[at] = denseInts[next++];
                        }
                        else
                        {
                            longs[at] = denseLongs[next++];
                        }
                    }
                }
                done += (int)levels;
            }
        }

        private unsafe void Append(ByteArray value)
        {
            var bytes = new ReadOnlySpan<byte>((void*)value.Pointer, value.Length);
            int most = System.Text.Encoding.UTF8.GetMaxCharCount(bytes.Length);
            if (charCount + most > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + most));
            }
            charCount += System.Text.Ascii.ToUtf16(bytes, chars.AsSpan(charCount), out int written) == System.Buffers.OperationStatus.Done
                ? written
                : System.Text.Encoding.UTF8.GetChars(bytes, chars.AsSpan(charCount));
        }

        /// <summary>The text of row <paramref name="i"/> (empty when null); only for text columns.</summary>
        public ReadOnlySpan<char> Chars(int i) => isNull[i] ? default : chars.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);

        /// <summary>A timestamp as the record path reads it; false when it needs the record path.</summary>
        public bool TryTimestamp(int i, bool required, bool endOfDate, out LocalDateTime? value)
        {
            value = null;
            if (kind == Text)
            {
                var text = Chars(i);
                if (required)
                {
                    text = text.Trim();
                    if (text.IsEmpty)
                    {
                        return false;
                    }
                }
                else if (text.IsWhiteSpace())
                {
                    return true;
                }
                if (text.Length > FileSchema.MaxFieldLength || !FastTimestamps.TryParse(text, out var parsed, out bool dateOnly))
                {
                    return false;
                }
                value = dateOnly && endOfDate ? VietnamTime.EndOf(parsed.Date) : parsed;
                return true;
            }
            if (isNull[i])
            {
                return !required;
            }
            if (!TryDateTime(i, out var t))
            {
                return false;
            }
            var local = LocalDateTime.FromDateTime(t);
            value = endOfDate && t.TimeOfDay >= ParquetRecords.EndOfDayThreshold ? VietnamTime.EndOf(local.Date) : local;
            return true;
        }

        /// <summary>The count of supplementation requests (0 when empty); false when it needs the record path.</summary>
        public bool TryCount(int i, out int value)
        {
            value = 0;
            if (kind == Int32)
            {
                if (!isNull[i])
                {
                    value = ints[i];
                }
                return true;
            }
            var text = Chars(i);
            return text.IsWhiteSpace() || (text.Length <= FileSchema.MaxFieldLength && int.TryParse(text, CsvRecords.RequestsStyle, CultureInfo.InvariantCulture, out value));
        }

        /// <summary>The value of row <paramref name="i"/> as <see cref="ParquetRecords"/> writes it as text.</summary>
        public string? TextOf(int i, bool endOfDayIsDate)
        {
            if (isNull[i])
            {
                return null;
            }
            return kind switch
            {
                Text => Chars(i).ToString(),
                Int32 => ints[i].ToString(CultureInfo.InvariantCulture),
                _ => TryDateTime(i, out var t) ? ParquetRecords.FormatTimestamp(t, utc: false, endOfDayIsDate)
                    : throw new DataFileException(string.Create(CultureInfo.InvariantCulture, $"a timestamp of {longs[i]} {(kind == Micros ? "microseconds" : "milliseconds")} since 1970 is outside the years 1 to 9999.")),
            };
        }

        private bool TryDateTime(int i, out DateTime value)
        {
            long v = longs[i];
            long ticksPerUnit = kind == Micros ? TimeSpan.TicksPerMicrosecond : TimeSpan.TicksPerMillisecond;
            if (v < minimum || v > maximum)
            {
                value = default;
                return false;
            }
            value = new DateTime(UnixEpochTicks + (v * ticksPerUnit), DateTimeKind.Unspecified);
            return true;
        }
    }
}
