using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using ParquetSharp;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using static Reform.Indicators.Data.ParquetValueKind;

namespace Reform.Indicators.Data;

/// <summary>
/// Reads a dossier Parquet file into a <see cref="DossierReportSink"/> as typed columns with
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
/// that date, and a row the fast path does not take goes to <see cref="DossierReportSink.Slow"/>
/// as the same text record.</para>
/// </remarks>
internal static class ParquetTableScan
{
    internal const int ChunkRows = 1 << 14;

    // A chunk is read in steps of rows, all columns at a time, and ends once its text reaches
    // TextBudget bytes. A value of more than 4,096 characters keeps only its start (KeptBytes) and
    // its length, so a row holds at most MaxRowBytes of text (five columns of bytes, at most 12,288
    // each, and five of characters, at most 8,192 bytes each). Steps are StepRows rows until the
    // file shows rows of more than CarefulRowBytes; from then on a step never takes more rows than
    // the rest of the budget has room for at MaxRowBytes a row. A set of buffers then holds about
    // TextBudget (twice that with the buffers' growth), and the one step that found the long rows.
    private const int StepRows = 1 << 10;
    private const int TextBudget = 8 << 20;
    internal const int KeptBytes = 512;
    private const int MaxRowBytes = (5 * 3 * FileSchema.MaxFieldLength) + (5 * 2 * FileSchema.MaxFieldLength);
    private const int CarefulRowBytes = 1 << 10;
    private const int CodePrefetchDistance = 8;

    // Sets of chunk buffers between the threads. More than two so the decoding thread can run ahead:
    // it stops for tens of milliseconds at each row group, decompressing the first page of every column
    // (a whole column chunk when, as with Parquet.Net's files, a page holds the row group), and a lead of
    // a few chunks would leave the accepting thread idle meanwhile. About 4.5 MB a set for typical rows
    // (70 MB for 16); about 2 × TextBudget of text a set at most, whatever the values (see above).
    private const int ChunkSets = 16;
    internal static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>Scans the file into <paramref name="sink"/>; false (nothing read, the stream rewound) when the file is not one this reader takes.</summary>
    public static bool TryScan(Stream stream, string source, DossierReportSink sink, DossierReadPolicy policy)
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
            var kinds = new ParquetValueKind[map.Length];
            for (int c = 0; c < map.Length; c++)
            {
                if ((map[c] < 0 ? Text : KindOf(metadata.Schema.Column(map[c]), schema.Columns[c].Kind)) is { } kind)
                {
                    kinds[c] = kind;
                }
                else
                {
                    stream.Position = 0;
                    return false;
                }
            }
            var values = new string?[map.Length];
            sink.Expect(metadata.NumRows);
            // Sized from the footer, but not beyond one id per byte of the file: a footer that
            // overstates its rows does not reserve gigabytes (the set grows if the bound is low).
            long rows = Math.Min(metadata.NumRows, stream.Length);
            sink.ExpectIds(rows, stream.Length == 0 ? 0 : (double)rows / stream.Length);
            // Two threads: one decodes the next chunks of rows (decompression, levels, UTF-8, times)
            // while this one accepts the current chunk in row order (codes, deadlines, ids, table);
            // sets of buffers pass between them.
            using var free = new BlockingCollection<ParquetChunk>();
            using var full = new BlockingCollection<ParquetChunk>();
            // No more sets than the file has chunks (and at least two), so a small file costs little.
            long sets = Math.Clamp((metadata.NumRows / ChunkRows) + 1, 2, ChunkSets);
            for (int set = 0; set < sets; set++)
            {
                free.Add(new ParquetChunk([.. kinds.Select((kind, c) => new ParquetColumnBuffer(kind, map[c] < 0, asBytes: DossierColumns.MatchedAsBytes(c)))]));
            }
            using var stop = new CancellationTokenSource();
            var decoder = Task.Run(() => Decode(file, map, policy, free, full, stop.Token));
            var units = new ParquetCodeNumbers.Resolver(new Utf8CodeIndex(code => sink.UnitIndex(code)));
            var procedures = new ParquetCodeNumbers.Resolver(new Utf8CodeIndex(code => sink.ProcedureIndex(code)));
            try
            {
                long row = 2;
                foreach (var chunk in full.GetConsumingEnumerable())
                {
                    row = Accept(chunk, row, sink, units, procedures, schema, values);
                    if (sink.Stopped)
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
    /// Offers a chunk's rows to the sink in order (the slow ones as text); the next row's number.
    /// A method of its own, called per chunk, so that the JIT optimises the loop fully rather than
    /// through on-stack replacement of the one long call of <see cref="TryScan"/>.
    /// </summary>
    private static long Accept(
        ParquetChunk chunk, long row, DossierReportSink sink, ParquetCodeNumbers.Resolver units, ParquetCodeNumbers.Resolver procedures, FileSchema schema, string?[] values)
    {
        var rows = chunk.Rows.AsSpan(0, chunk.Count);
        var columns = chunk.Columns;
        var ids = columns[0];
        for (int i = 0; i < rows.Length && !sink.Stopped; i++, row++)
        {
            sink.BeginRow();
            ref readonly var parsed = ref rows[i];
            int u, p;
            if (!parsed.Ok || (u = units.Index(parsed.Unit, columns[DossierColumns.Unit], i)) < 0
                || (p = procedures.Index(parsed.Procedure, columns[DossierColumns.Procedure], i)) < 0
                || !sink.TryAcceptTicks(row, ids.Bytes(i).Slice(parsed.IdStart, parsed.IdLength), parsed.IdHash, u, p, parsed.Fields))
            {
                sink.Slow(ToRecord(chunk.Columns, i, row, schema, values));
            }
        }
        return row;
    }

    /// <summary>The decoding thread: every row group, a chunk at a time, into the free buffers.</summary>
    private static void Decode(
        ParquetFileReader file, int[] map, DossierReadPolicy policy, BlockingCollection<ParquetChunk> free, BlockingCollection<ParquetChunk> full, CancellationToken stop)
    {
        try
        {
            bool careful = false; // the file has shown rows of long text
            var codes = new ParquetCodeNumbers();
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
                            if (i + CodePrefetchDistance < filled)
                            {
                                codes.Units.Prefetch(chunk.Columns[DossierColumns.Unit].Bytes(i + CodePrefetchDistance));
                                codes.Procedures.Prefetch(chunk.Columns[DossierColumns.Procedure].Bytes(i + CodePrefetchDistance));
                            }
                            Parse(chunk.Columns, i, policy, codes, out chunk.Rows[i]);
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

    /// <summary>How a column of the file is read for a schema column, or null when this reader does not take it.</summary>
    private static ParquetValueKind? KindOf(ColumnDescriptor column, ColumnKind kind)
    {
        using var logical = column.LogicalType;
        bool text = column.PhysicalType == PhysicalType.ByteArray && logical is StringLogicalType;
        return kind switch
        {
            ColumnKind.Text => text ? Text : null,
            ColumnKind.Timestamp when text => Text,
            ColumnKind.Timestamp when column.PhysicalType == PhysicalType.Int64 && logical is TimestampLogicalType { IsAdjustedToUtc: false } t =>
                t.TimeUnit switch { TimeUnit.Micros => Micros, TimeUnit.Millis => Millis, _ => (ParquetValueKind?)null },
            ColumnKind.Integer when text => Text,
            ColumnKind.Integer when column.PhysicalType == PhysicalType.Int32 && logical is NoneLogicalType or IntLogicalType { BitWidth: 32, IsSigned: true } => Integer,
            ColumnKind.Boolean when text => Text,
            ColumnKind.Boolean when column.PhysicalType == PhysicalType.Boolean => Bool,
            _ => null,
        };
    }

    /// <summary>
    /// A row's fields parsed, on the decoding thread (nothing here depends on earlier rows);
    /// not <see cref="ParquetParsedRow.Ok"/> when one does not parse, is too long, or is a time that is
    /// not tick-exact, or when the id is blank (a blank code is found blank on the accepting thread).
    /// </summary>
    private static void Parse(ParquetColumnBuffer[] b, int i, DossierReadPolicy policy, ParquetCodeNumbers codes, out ParquetParsedRow parsed)
    {
        parsed = default;
        var id = b[DossierColumns.Id].Bytes(i);
        ref var f = ref parsed.Fields;
        if (b[DossierColumns.Id].TooLong(i) || b[DossierColumns.Unit].TooLong(i) || b[DossierColumns.Procedure].TooLong(i)
            || b[DossierColumns.Channel].TooLong(i) || b[DossierColumns.Status].TooLong(i) || b[DossierColumns.ReceivingUnit].TooLong(i)
            || !Utf8Fields.TryParseChannel(b[DossierColumns.Channel].Bytes(i), out f.Channel)
            || !Utf8Fields.TryParseStatus(b[DossierColumns.Status].Bytes(i), out f.Status)
            || !b[DossierColumns.Received].TryTicks(i, required: true, endOfDate: false, policy, out f.Received, out _, out _)
            || !b[DossierColumns.Due].TryTicks(i, required: false, endOfDate: true, policy, out f.Due, out f.HasDue, out f.DueAtEndOfDay)
            || !b[DossierColumns.Finished].TryTicks(i, required: false, endOfDate: false, policy, out f.Finished, out f.HasFinished, out _)
            || !b[DossierColumns.Requested].TryTicks(i, required: false, endOfDate: false, policy, out f.Requested, out f.HasRequested, out _)
            || !b[DossierColumns.Returned].TryTicks(i, required: false, endOfDate: false, policy, out f.Returned, out f.HasReturned, out _)
            || !b[DossierColumns.Updated].TryTicks(i, required: false, endOfDate: false, policy, out f.Updated, out f.HasUpdated, out _)
            || !b[DossierColumns.Requests].TryCount(i, out f.Requests)
            || !b[DossierColumns.ResultElectronic].TryBoolean(i))
        {
            return;
        }
        f.ChooseEnd(policy);
        if (!Utf8Fields.TryTrim(id, out int start, out int length) || length == 0 || !TryExtras(b, i, out f.Extras))
        {
            return;
        }
        parsed.IdStart = start;
        parsed.IdLength = length;
        parsed.IdHash = IdSet.Hash(id.Slice(start, length));
        parsed.Unit = codes.Units.Index(b[DossierColumns.Unit].Bytes(i));
        parsed.Procedure = codes.Procedures.Index(b[DossierColumns.Procedure].Bytes(i));
        parsed.Ok = true;
    }

    /// <summary>
    /// The row's facts of receiving unit and electronic result (docs/specification.md §10.2–10.3), as
    /// <see cref="DossierClassifier.Extras(bool, bool, bool?, Reform.Indicators.Procedures.OnlineServiceLevel?)"/> makes them; false when a code is not valid UTF-8 (the record path words it).
    /// </summary>
    private static bool TryExtras(ParquetColumnBuffer[] b, int i, out DossierExtras extras)
    {
        extras = DossierExtras.None;
        var receiving = b[DossierColumns.ReceivingUnit].Bytes(i);
        bool elsewhere = false;
        int rl = 0;
        if (!receiving.IsEmpty)
        {
            // The unit is trimmed only when there is a receiving unit to compare it with.
            var unit = b[DossierColumns.Unit].Bytes(i);
            if (!Utf8Fields.TryTrim(receiving, out int rs, out rl) || !Utf8Fields.TryTrim(unit, out int us, out int ul))
            {
                return false;
            }
            elsewhere = DossierClassifier.ReceivedElsewhere(unit.Slice(us, ul), receiving.Slice(rs, rl));
        }
        extras = DossierClassifier.Extras(rl != 0, elsewhere, b[DossierColumns.ResultElectronic].BooleanOf(i), null);
        return true;
    }

    /// <summary>The row as <see cref="ParquetRecords"/> gives it: text per column, the first overlong field as the row's problem.</summary>
    private static RawRecord ToRecord(ParquetColumnBuffer[] b, int i, long row, FileSchema schema, string?[] values)
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
            string? value = b[c].TextOf(i, endOfDayIsDate: c == DossierColumns.Due);
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
}
