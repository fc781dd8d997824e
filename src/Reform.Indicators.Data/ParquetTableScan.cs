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

    // A chunk is read in steps of rows, all columns at a time, and ends once its text reaches
    // TextBudget bytes. A value of more than 4,096 characters keeps only its start (KeptBytes) and
    // its length, so a row holds at most MaxRowBytes of text (five columns of bytes, at most 12,288
    // each, and five of characters, at most 8,192 bytes each). Steps are StepRows rows until the
    // file shows rows of more than CarefulRowBytes; from then on a step never takes more rows than
    // the rest of the budget has room for at MaxRowBytes a row. A set of buffers then holds about
    // TextBudget (twice that with the buffers' growth), and the one step that found the long rows.
    private const int StepRows = 1 << 10;
    private const int TextBudget = 8 << 20;
    private const int KeptBytes = 512;
    private const int MaxRowBytes = (5 * 3 * FileSchema.MaxFieldLength) + (5 * 2 * FileSchema.MaxFieldLength);
    private const int CarefulRowBytes = 1 << 10;
    private const int PrefetchDistance = 8;

    // Sets of chunk buffers between the threads. More than two so the decoding thread can run ahead:
    // it stops for tens of milliseconds at each row group, decompressing the first page of every column
    // (a whole column chunk when, as with Parquet.Net's files, a page holds the row group), and a lead of
    // a few chunks would leave the accepting thread idle meanwhile. About 4.5 MB a set for typical rows
    // (70 MB for 16); about 2 × TextBudget of text a set at most, whatever the values (see above).
    private const int ChunkSets = 16;
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
                using var path = descriptor.Path;
                if (descriptor.MaxRepetitionLevel != 0 || path.ToDotVector().Length != 1)
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
            // Sized from the footer, but not beyond one id per byte of the file: a footer that
            // overstates its rows does not reserve gigabytes (the set grows if the bound is low).
            scan.ExpectIds(Math.Min(metadata.NumRows, stream.Length));
            // Two threads: one decodes the next chunks of rows (decompression, levels, UTF-8, times)
            // while this one accepts the current chunk in row order (codes, deadlines, ids, table);
            // sets of buffers pass between them.
            using var free = new BlockingCollection<Chunk>();
            using var full = new BlockingCollection<Chunk>();
            // No more sets than the file has chunks (and at least two), so a small file costs little.
            long sets = Math.Clamp((metadata.NumRows / ChunkRows) + 1, 2, ChunkSets);
            for (int set = 0; set < sets; set++)
            {
                free.Add(new Chunk([.. kinds.Select((kind, c) => new ColumnBuffer(kind, map[c] < 0, asBytes: c is 0 or 1 or 2 or 3 or 7))]));
            }
            using var stop = new CancellationTokenSource();
            var decoder = Task.Run(() => Decode(file, map, free, full, stop.Token));
            var units = new CodeIndexes(code => scan.UnitIndex(code));
            var procedures = new CodeIndexes(code => scan.ProcedureIndex(code));
            try
            {
                long row = 2;
                foreach (var chunk in full.GetConsumingEnumerable())
                {
                    row = Accept(chunk, row, scan, units, procedures, schema, values);
                    if (scan.Stopped)
                    {
                        break;
                    }
                    chunk.Shrink();
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

    /// <summary>
    /// Offers a chunk's rows to the scan in order (the slow ones as text); the next row's number.
    /// A method of its own, called per chunk, so that the JIT optimises the loop fully rather than
    /// through on-stack replacement of the one long call of <see cref="TryScan"/>.
    /// </summary>
    private static long Accept(Chunk chunk, long row, DossierTableScan scan, CodeIndexes units, CodeIndexes procedures, FileSchema schema, string?[] values)
    {
        var rows = chunk.Rows.AsSpan(0, chunk.Count);
        var columns = chunk.Columns;
        var ids = columns[0];
        for (int i = 0; i < rows.Length && !scan.Stopped; i++, row++)
        {
            // The id slot a few rows ahead: the set is larger than the caches.
            if (i + PrefetchDistance < rows.Length)
            {
                scan.PrefetchIdHash(rows[i + PrefetchDistance].IdHash);
            }
            scan.BeginRow();
            ref readonly var parsed = ref rows[i];
            int u, p;
            if (!parsed.Ok || (u = units.Index(columns[1].Bytes(i))) < 0 || (p = procedures.Index(columns[2].Bytes(i))) < 0
                || !scan.TryAcceptTicks(row, ids.Bytes(i).Slice(parsed.IdStart, parsed.IdLength), parsed.IdHash, u, p, parsed.Fields))
            {
                scan.Slow(ToRecord(chunk.Columns, i, row, schema, values));
            }
        }
        return row;
    }

    /// <summary>The decoding thread: every row group, a chunk at a time, into the free buffers.</summary>
    private static void Decode(
        ParquetFileReader file, int[] map, BlockingCollection<Chunk> free, BlockingCollection<Chunk> full, CancellationToken stop)
    {
        try
        {
            bool careful = false; // the file has shown rows of long text
            for (int g = 0; g < file.FileMetaData.NumRowGroups; g++)
            {
                using var group = file.RowGroup(g);
                long rows = group.MetaData.NumRows;
                if (rows < 0)
                {
                    // A damaged footer: not a row group to skip in silence.
                    throw new InvalidDataException($"row group {g} says it has {rows:N0} rows");
                }
                var readers = new ColumnReader?[map.Length];
                try
                {
                    for (int c = 0; c < map.Length; c++)
                    {
                        readers[c] = map[c] < 0 ? null : group.Column(map[c]);
                    }
                    for (long done = 0; done < rows;)
                    {
                        int count = (int)Math.Min(ChunkRows, rows - done);
                        var chunk = free.Take(stop);
                        int filled = 0;
                        while (filled < count && (filled == 0 || chunk.TextBytes < TextBudget))
                        {
                            long before = filled == 0 ? 0 : chunk.TextBytes;
                            int step = careful ? (int)Math.Clamp((TextBudget - before) / MaxRowBytes, 1, StepRows) : StepRows;
                            step = Math.Min(step, count - filled);
                            for (int c = 0; c < map.Length; c++)
                            {
                                chunk.Columns[c].Read(readers[c], filled, step);
                            }
                            careful |= chunk.TextBytes - before > (long)step * CarefulRowBytes;
                            filled += step;
                        }
                        for (int i = 0; i < filled; i++)
                        {
                            Parse(chunk.Columns, i, out chunk.Rows[i]);
                        }
                        chunk.Count = filled;
                        done += filled;
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
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The accepting thread stopped reading (strict mode at its first bad row, or its own failure).
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
    /// not <see cref="ParsedRow.Ok"/> when one does not parse, is too long, or is a time that is
    /// not tick-exact, or when the id is blank (a blank code is found blank on the accepting thread).
    /// </summary>
    private static void Parse(ColumnBuffer[] b, int i, out ParsedRow parsed)
    {
        parsed = default;
        var id = b[0].Bytes(i);
        var unit = b[1].Bytes(i);
        var procedure = b[2].Bytes(i);
        var channelText = b[3].Bytes(i);
        var statusText = b[7].Bytes(i);
        ref var f = ref parsed.Fields;
        if (b[0].TooLong(i) || b[1].TooLong(i) || b[2].TooLong(i) || b[3].TooLong(i) || b[7].TooLong(i)
            || !TryParseChannel(channelText, out f.Channel) || !TryParseStatus(statusText, out f.Status)
            || !b[4].TryTicks(i, required: true, endOfDate: false, out f.Received, out _, out _)
            || !b[5].TryTicks(i, required: false, endOfDate: true, out f.Due, out f.HasDue, out f.DueAtEndOfDay)
            || !b[6].TryTicks(i, required: false, endOfDate: false, out f.Finished, out f.HasFinished, out _)
            || !b[9].TryTicks(i, required: false, endOfDate: false, out f.Requested, out f.HasRequested, out _)
            || !b[8].TryCount(i, out f.Requests))
        {
            return;
        }
        if (!TryTrim(id, out int start, out int length) || length == 0)
        {
            return;
        }
        parsed.IdStart = start;
        parsed.IdLength = length;
        parsed.IdHash = IdSet.Hash(id.Slice(start, length));
        parsed.Ok = true;
    }

    /// <summary>
    /// Where UTF-8 text is once trimmed as <c>MemoryExtensions.Trim</c> (<see cref="char.IsWhiteSpace(char)"/>)
    /// trims its characters; false when it is not valid UTF-8 (the record path decodes it with
    /// replacement characters, which this reader does not compare).
    /// </summary>
    private static bool TryTrim(ReadOnlySpan<byte> text, out int start, out int length)
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

    /// <summary>A channel from UTF-8: the canonical names at once, any other text as <see cref="DossierTableScan.TryParseChannel"/> says.</summary>
    private static bool TryParseChannel(ReadOnlySpan<byte> text, out DossierChannel channel)
    {
        if (text.SequenceEqual("online"u8))
        {
            channel = DossierChannel.Online;
            return true;
        }
        if (text.SequenceEqual("direct"u8))
        {
            channel = DossierChannel.Direct;
            return true;
        }
        return DossierTableScan.TryParseChannel(System.Text.Encoding.UTF8.GetString(text), out channel);
    }

    /// <summary>A status from UTF-8: the commonest canonical names at once, any other text as <see cref="DossierTableScan.TryParseStatus"/> says.</summary>
    private static bool TryParseStatus(ReadOnlySpan<byte> text, out DossierStatus status)
    {
        if (text.SequenceEqual("completed"u8))
        {
            status = DossierStatus.Completed;
            return true;
        }
        if (text.SequenceEqual("processing"u8))
        {
            status = DossierStatus.Processing;
            return true;
        }
        return DossierTableScan.TryParseStatus(System.Text.Encoding.UTF8.GetString(text), out status);
    }

    /// <summary>A row's parsed fields but its codes (left as bytes for <see cref="CodeIndexes"/>).</summary>
    private struct ParsedRow
    {
        public bool Ok;
        public ulong IdHash;
        public int IdStart;                          // the id trimmed: its bytes in the column's text of the row
        public int IdLength;
        public TickRow Fields;
    }

    /// <summary>One chunk of rows: the columns' buffers and the rows parsed from them.</summary>
    private sealed class Chunk(ColumnBuffer[] columns)
    {
        public ColumnBuffer[] Columns { get; } = columns;

        public ParsedRow[] Rows { get; } = new ParsedRow[ChunkRows];

        /// <summary>The bytes of text the columns hold for the chunk so far.</summary>
        public long TextBytes => Columns.Sum(c => c.TextBytes);

        /// <summary>Lets go of buffers grown for long values (called as the chunk goes back to be refilled).</summary>
        public void Shrink()
        {
            foreach (var column in Columns)
            {
                column.Shrink();
            }
        }

        public int Count { get; set; }
    }

    /// <summary>
    /// The scan's index (<see cref="DossierTableScan.UnitIndex"/> or <see cref="DossierTableScan.ProcedureIndex"/>)
    /// of each code of a column as written (UTF-8, untrimmed), found once per distinct code: -1
    /// for a code that is blank once trimmed or that the scan refuses.
    /// </summary>
    /// <remarks>
    /// Open addressing over a power-of-two table of slots (hash and entry), the codes' bytes in one
    /// array: a look-up reads a slot and, when the hash matches, the bytes it compares. Hashes are
    /// seeded per process (so a crafted file cannot make every code collide): a code of at most 16
    /// bytes is mixed from two words that together hold all of its bytes, a longer one hashed by
    /// <see cref="HashCode"/>.
    /// </remarks>
    private sealed class CodeIndexes(Func<string, int> find)
    {
        private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

        private ulong[] slots = new ulong[1024];      // hash << 32 | entry + 1; 0 = empty
        private byte[] text = new byte[1 << 14];
        private int[] starts = new int[257];          // entry n is the code text[starts[n]..starts[n + 1]]
        private int[] indexes = new int[256];         // and its index
        private int count;

        public int Index(ReadOnlySpan<byte> code)
        {
            uint hash = Hash(code);
            int mask = slots.Length - 1;
            int slot = (int)(hash & (uint)mask);
            while (true)
            {
                ulong s = slots[slot];
                if (s == 0)
                {
                    break;
                }
                if ((uint)(s >> 32) == hash)
                {
                    int n = (int)(uint)s - 1;
                    if (text.AsSpan(starts[n], starts[n + 1] - starts[n]).SequenceEqual(code))
                    {
                        return indexes[n];
                    }
                }
                slot = (slot + 1) & mask;
            }
            int number = count;
            if (number + 2 > starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref indexes, starts.Length);
            }
            int end = starts[number] + code.Length;
            if (end > text.Length)
            {
                Array.Resize(ref text, Math.Max(text.Length * 2, end));
            }
            code.CopyTo(text.AsSpan(starts[number]));
            starts[number + 1] = end;
            slots[slot] = ((ulong)hash << 32) | (uint)(number + 1);
            count++;
            var trimmed = System.Text.Encoding.UTF8.GetString(code).AsSpan().Trim();
            int index = indexes[number] = trimmed.IsEmpty ? -1 : find(trimmed.ToString());
            if (count > slots.Length >> 1)
            {
                Grow();
            }
            return index;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Hash(ReadOnlySpan<byte> code)
        {
            int length = code.Length;
            ulong a, b;
            if (length >= 8)
            {
                if (length > 16)
                {
                    var hasher = default(HashCode);
                    hasher.AddBytes(code);
                    return (uint)hasher.ToHashCode();
                }
                // The first and the last eight bytes (overlapping when shorter than 16).
                a = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(code);
                b = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(code[(length - 8)..]);
            }
            else if (length >= 4)
            {
                a = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(code);
                b = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(code[(length - 4)..]);
            }
            else
            {
                // One to three bytes: the first, the middle and the last hold them all.
                a = length == 0 ? 0 : code[0] | ((ulong)code[length >> 1] << 8) | ((ulong)code[length - 1] << 16);
                b = 0;
            }
            ulong h = ((a ^ Seed) * 0x9E3779B97F4A7C15UL) ^ ((b + (ulong)length) * 0xC2B2AE3D27D4EB4FUL);
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9UL;
            return (uint)(h >> 32);
        }

        private void Grow()
        {
            var old = slots;
            slots = new ulong[old.Length * 2];
            int mask = slots.Length - 1;
            foreach (ulong s in old)
            {
                if (s != 0)
                {
                    int slot = (int)((uint)(s >> 32) & (uint)mask);
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = s;
                }
            }
        }
    }

    /// <summary>The row as <see cref="ParquetRecords"/> gives it: text per column, the first overlong field as the row's problem.</summary>
    private static RawRecord ToRecord(ColumnBuffer[] b, int i, long row, FileSchema schema, string?[] values)
    {
        RowError? problem = null;
        for (int c = 0; c < b.Length; c++)
        {
            if (b[c].TryShortened(i, out string? shown))
            {
                problem ??= new RowError(row, schema.Columns[c].Name,
                    string.Create(CultureInfo.InvariantCulture, $"longer than {FileSchema.MaxFieldLength:N0} characters"), shown);
                values[c] = null;
                continue;
            }
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
    /// <remarks>
    /// Text is kept as UTF-16 where it is parsed as characters (text times and counts), and as the
    /// file's UTF-8 bytes where it is matched as bytes (<paramref name="asBytes"/>: the id, codes,
    /// channel, status), decoded only for the record path.
    /// </remarks>
    private sealed class ColumnBuffer(int kind, bool absent, bool asBytes)
    {
        private readonly short[] definitions = new short[ChunkRows];
        private readonly bool[] isNull = new bool[ChunkRows];
        private readonly ByteArray[] pointers = kind == Text ? new ByteArray[ChunkRows] : [];
        private readonly long[] longs = kind is Micros or Millis ? new long[ChunkRows] : [];
        private readonly int[] ints = kind == Int32 ? new int[ChunkRows] : [];
        private readonly int[] offsets = kind == Text ? new int[ChunkRows + 1] : [];
        private readonly long minimum = kind switch { Micros => -UnixEpochTicks / TimeSpan.TicksPerMicrosecond, Millis => -UnixEpochTicks / TimeSpan.TicksPerMillisecond, _ => 0 };
        private readonly long maximum = kind switch { Micros => (DateTime.MaxValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMicrosecond, Millis => (DateTime.MaxValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond, _ => 0 };
        private const int InitialText = ChunkRows * 16;
        private char[] chars = kind == Text && !asBytes ? new char[InitialText] : [];
        private byte[] bytes = kind == Text && asBytes ? new byte[InitialText] : [];
        private readonly Dictionary<int, int> overlong = [];   // row → characters of a value kept only in part (KeptBytes)
        private int charCount;

        /// <summary>The bytes of text held for the chunk so far.</summary>
        public long TextBytes => asBytes ? charCount : 2L * charCount;

        /// <summary>Buffers grown for a run of long values go back to their first size.</summary>
        public void Shrink()
        {
            if (chars.Length > 4 * InitialText)
            {
                chars = new char[InitialText];
            }
            if (bytes.Length > 4 * InitialText)
            {
                bytes = new byte[InitialText];
            }
        }

        /// <summary>Reads the values of rows <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> of the chunk (a chunk starts at row 0).</summary>
        public void Read(ColumnReader? reader, int from, int count)
        {
            if (from == 0)
            {
                charCount = 0;
                overlong.Clear();
            }
            if (absent || reader is null)
            {
                Array.Fill(isNull, true, from, count);
                return;
            }
            int done = from, end = from + count;
            while (done < end)
            {
                int want = end - done;
                long levels, read;
                bool required = reader.ColumnDescriptor.MaxDefinitionLevel == 0;
                var defs = definitions.AsSpan(done, want);
                // Numbers are read straight into their rows' places (spread below when there are nulls);
                // text as pointers to bytes that live only until the next batch, so copied out at once.
                switch (kind)
                {
                    case Text:
                        levels = ((ColumnReader<ByteArray>)reader).ReadBatch(want, defs, default, pointers.AsSpan(0, want), out read);
                        break;
                    case Micros or Millis:
                        levels = ((ColumnReader<long>)reader).ReadBatch(want, defs, default, longs.AsSpan(done, want), out read);
                        break;
                    default:
                        levels = ((ColumnReader<int>)reader).ReadBatch(want, defs, default, ints.AsSpan(done, want), out read);
                        break;
                }
                if (levels == 0)
                {
                    throw new InvalidDataException($"column {reader.ColumnDescriptor.Name} ends before its row group");
                }
                int rows = (int)levels;
                if (kind == Text)
                {
                    SpreadText(done, rows, required);
                }
                else if (read == levels)
                {
                    isNull.AsSpan(done, rows).Clear();
                }
                else if (kind == Int32)
                {
                    Spread(ints.AsSpan(done, rows), (int)read, definitions.AsSpan(done, rows), isNull.AsSpan(done, rows));
                }
                else
                {
                    Spread(longs.AsSpan(done, rows), (int)read, definitions.AsSpan(done, rows), isNull.AsSpan(done, rows));
                }
                done += rows;
            }
        }

        /// <summary>
        /// Moves the <paramref name="read"/> values at the start of <paramref name="values"/> to the
        /// rows that are not null (definition level above 0), from the last backwards: a value never
        /// moves to a place before its own, so none is overwritten before it has moved.
        /// </summary>
        private static void Spread<T>(Span<T> values, int read, ReadOnlySpan<short> definitions, Span<bool> nulls)
        {
            int next = read - 1;
            for (int r = values.Length - 1; r >= 0; r--)
            {
                bool present = definitions[r] > 0;
                nulls[r] = !present;
                if (present)
                {
                    values[r] = values[next--];
                }
            }
        }

        /// <summary>The text of <paramref name="rows"/> rows from row <paramref name="done"/>: the values read, given to the rows that are not null.</summary>
        private void SpreadText(int done, int rows, bool required)
        {
            int next = 0;
            for (int r = 0; r < rows; r++)
            {
                int at = done + r;
                bool present = required || definitions[at] > 0;
                isNull[at] = !present;
                offsets[at] = charCount;
                if (present)
                {
                    Append(pointers[next++], at);
                }
            }
            offsets[done + rows] = charCount;
        }

        private unsafe void Append(ByteArray value, int row)
        {
            var utf8 = new ReadOnlySpan<byte>((void*)value.Pointer, value.Length);
            if (utf8.Length > FileSchema.MaxFieldLength && System.Text.Encoding.UTF8.GetCharCount(utf8) is > FileSchema.MaxFieldLength and int length)
            {
                // Too long: only its start is kept, for the message, and its length.
                overlong[row] = length;
                utf8 = utf8[..KeptBytes];
            }
            if (asBytes)
            {
                // charCount counts bytes here.
                if (charCount + utf8.Length > bytes.Length)
                {
                    Array.Resize(ref bytes, Math.Max(bytes.Length * 2, charCount + utf8.Length));
                }
                utf8.CopyTo(bytes.AsSpan(charCount));
                charCount += utf8.Length;
                return;
            }
            int most = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (charCount + most > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + most));
            }
            charCount += System.Text.Ascii.ToUtf16(utf8, chars.AsSpan(charCount), out int written) == System.Buffers.OperationStatus.Done
                ? written
                : System.Text.Encoding.UTF8.GetChars(utf8, chars.AsSpan(charCount));
        }

        /// <summary>Whether row <paramref name="i"/>'s text is longer than <see cref="FileSchema.MaxFieldLength"/> characters.</summary>
        /// <remarks>Only such a value is kept in part: <see cref="Append"/> keeps whole only values of at most 4,096 characters.</remarks>
        public bool TooLong(int i) => overlong.Count > 0 && overlong.ContainsKey(i);

        /// <summary>The value of row <paramref name="i"/> as an error shows it (<see cref="RowErrors.Shorten(ReadOnlySpan{char}, long)"/>), when only its start is kept.</summary>
        public bool TryShortened(int i, out string? shown)
        {
            shown = null;
            if (overlong.Count == 0 || !overlong.TryGetValue(i, out int length))
            {
                return false;
            }
            string start = asBytes ? System.Text.Encoding.UTF8.GetString(Bytes(i)) : Chars(i).ToString();
            shown = RowErrors.Shorten(start.AsSpan(0, Math.Min(start.Length, RowErrors.MaxShown)), length);
            return true;
        }

        /// <summary>The text of row <paramref name="i"/> (empty when null); only for text columns kept as characters.</summary>
        public ReadOnlySpan<char> Chars(int i)
        {
            System.Diagnostics.Debug.Assert(!asBytes, "a column kept as characters");
            return isNull[i] ? default : chars.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
        }

        /// <summary>The UTF-8 text of row <paramref name="i"/> (empty when null); only for text columns kept as bytes.</summary>
        public ReadOnlySpan<byte> Bytes(int i)
        {
            System.Diagnostics.Debug.Assert(asBytes || kind != Text, "a column kept as bytes");
            return isNull[i] ? default : bytes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
        }

        /// <summary>
        /// A timestamp as the record path reads it, in ticks (<see cref="TickRow"/>): <paramref name="present"/>
        /// false when empty, <paramref name="endOfDay"/> when it is the end of a date; false when it needs the record path.
        /// </summary>
        public bool TryTicks(int i, bool required, bool endOfDate, out long ticks, out bool present, out bool endOfDay)
        {
            ticks = 0;
            present = false;
            endOfDay = false;
            if (kind == Text)
            {
                if (TooLong(i))
                {
                    return false; // even when it is only white space: the record path rejects it
                }
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
                if (!FastTimestamps.TryParse(text, out var parsed, out bool dateOnly))
                {
                    return false;
                }
                present = true;
                var value = dateOnly && endOfDate ? VietnamTime.EndOf(parsed.Date) : parsed;
                // Only a deadline may stand for the end of its day (its last tick); any other time of
                // 23:59:59.999999999 is not tick-exact, so it goes to the record path.
                return (endOfDate || value.TimeOfDay != LocalTime.MaxValue) && TickRow.TryTicks(value, out ticks, out endOfDay);
            }
            if (isNull[i])
            {
                return !required;
            }
            long v = longs[i];
            if (v < minimum || v > maximum)
            {
                return false;
            }
            present = true;
            ticks = UnixEpochTicks + (v * (kind == Micros ? TimeSpan.TicksPerMicrosecond : TimeSpan.TicksPerMillisecond));
            if (endOfDate && ticks % TimeSpan.TicksPerDay >= ParquetRecords.EndOfDayThreshold.Ticks)
            {
                ticks = TickRow.EndOfDay(ticks);
                endOfDay = true;
            }
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
            return !TooLong(i) && (text.IsWhiteSpace() || int.TryParse(text, CsvRecords.RequestsStyle, CultureInfo.InvariantCulture, out value));
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
                Text => asBytes ? System.Text.Encoding.UTF8.GetString(Bytes(i)) : Chars(i).ToString(),
                Int32 => ints[i].ToString(CultureInfo.InvariantCulture),
                // A timestamp no DateTime holds (outside the years 1 to 9999) is given as its number, which
                // the record path rejects as not a time: the row is rejected with its column and value.
                _ => TryDateTime(i, out var t) ? ParquetRecords.FormatTimestamp(t, utc: false, endOfDayIsDate)
                    : string.Create(CultureInfo.InvariantCulture, $"{longs[i]} {(kind == Micros ? "microseconds" : "milliseconds")} since 1970-01-01"),
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
