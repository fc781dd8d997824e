using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Where the readers of a data set send its rows (the state of a scan → state → finalize read):
/// rows validated from spans or typed values straight into a columnar <see cref="DossierTable"/>,
/// counted a batch at a time with <see cref="ColumnarIndicators.Count(DossierTable, IEnumerable{ReportingPeriod}, ClassificationPolicy?, int)"/>,
/// every row accounted for (accepted, rejected, excluded, superseded); <see cref="Finish"/> gives the report.
/// </summary>
/// <remarks>
/// <para>A reader parses a row's fields itself (no string per field) and offers them to
/// <see cref="TryAccept"/>, which accepts the row only when every rule of
/// <see cref="DossierValidator"/> holds, or rejects it as a repeated id. Anything else — a field
/// that does not parse, a rule broken, a unit not in the units file, a deadline the procedure
/// cannot give — returns false, and the reader hands the row as text to <see cref="Slow"/>, which
/// is the record path (<see cref="DossierFile.Validate"/>, <see cref="DossierValidator"/>). So the
/// rules and their messages live in one place, and a bad row gets exactly the errors it always got.</para>
/// <para>The ids seen are kept (to reject repeats), as on the record path, across all the files of
/// the data set; those of typed Parquet rows are checked a window of rows at a time, and the rows
/// then taken in reading order (<see cref="TakeHeldRows"/>). Rows go into a table of at most
/// <see cref="BatchRows"/> rows, which is counted and dropped when full, so memory does not grow
/// with the files beyond the ids: a full table is counted
/// on the thread pool while the reader fills the next (two tables at most), and the next but one
/// takes over its columns once it is counted. Rejected rows go to a
/// <see cref="RejectLog"/>: counted, the first ones kept in detail, all streamed to a sink when given.</para>
/// <para>Under <see cref="RepeatsPolicy.Latest"/> any later row may supersede an earlier one, so every
/// row takes the record path and the winners are kept as records until <see cref="Finish"/> (about
/// 200 bytes a dossier).</para>
/// </remarks>
internal sealed partial class DossierReportSink : IDisposable
{
    /// <summary>Rows per table before it is counted and replaced (22 bytes a row: 23 MB).</summary>
    internal const int BatchRows = 1 << 20;

    private const int InitialCapacity = 1 << 14;

    private readonly DossierReadOptions options;
    private readonly ReportingPeriod period;
    private readonly ReportingPeriod[] periods;                          // the period, then the pieces also counted
    private readonly ReportingPeriod[] pieces;                           // the pieces, in order, each once
    private readonly ClassificationPolicy? policy;
    private readonly DossierValidator validator;
    private readonly DossierFile.StringPool pool = new();
    private readonly IdSet ids = new();
    private readonly byte[] preparedId = new byte[IdSet.MaxBytes];   // the row's trimmed id as UTF-8, from PrefetchId
    private int preparedIdLength;
    private readonly TableCodes units, procedures = TableCodes.Procedures();
    private readonly ProcedureSpans? spans;                              // with a catalogue: each procedure's version and online level by day
    private readonly CatalogueDueDates? deadlines;                       // the deadline rule, when it is a catalogue's on the spans' catalogue
    private readonly int batchRows;
    private DossierTable table = new(InitialCapacity);
    private int batch = 1;
    private PartialCounts? counts;                                       // of the tables counted and settled
    private Task<PartialCounts>? counting;                               // the last full table's count, under way
    private DossierTable? counted;                                       // that table, or (once settled) its columns for the next
    private readonly RejectLog rejects;
    private readonly List<RowError> faults = [];                       // the faults of the row being validated
    private readonly Dictionary<string, long> excludedByReason = new(StringComparer.Ordinal);
    private readonly List<Dossier>? latest;                              // RepeatsPolicy.Latest: the winners so far
    private readonly Dictionary<string, int>? latestPlace;
    private string? file;
    private long laterBytes;                                             // of the files to be read after this one (BeginFile)

    /// <param name="period">The reporting period.</param>
    /// <param name="pieces">Further periods counted in the same pass (e.g. its months), reported by <see cref="Series"/>.</param>
    /// <param name="options">How to read.</param>
    /// <param name="policy">The classification policy.</param>
    /// <param name="registry">The units file, when given: a row whose unit is not valid on its receipt date goes to the record path, which rejects it (docs/specification.md §10.1).</param>
    public DossierReportSink(ReportingPeriod period, IEnumerable<ReportingPeriod> pieces, DossierReadOptions options, ClassificationPolicy? policy, UnitRegistry? registry = null)
    {
        this.period = period;
        this.pieces = [.. pieces.DistinctBy(p => p.Name)];
        periods = [period, .. this.pieces.Where(p => p.Name != period.Name)];
        this.options = options;
        this.policy = policy;
        batchRows = options.BatchRows > 0 ? options.BatchRows : throw new ArgumentOutOfRangeException(nameof(options), options.BatchRows, "A table holds at least one row.");
        // In strict mode reading stops at the first rejected row, a repeat included: each id is checked as its row comes.
        windowRows = options.IdWindowRows < 1 ? throw new ArgumentOutOfRangeException(nameof(options), options.IdWindowRows, "A window holds at least one row.")
            : options.Strict ? 1 : options.IdWindowRows;
        windowBytes = options.IdWindowBytes;
        validator = options.Validator(registry);
        units = TableCodes.Units(registry);
        rejects = new RejectLog(options.MaxRejectedRows, options.Rejects);
        // The online levels come from the validator's catalogue; deadlines from options.DueDates, which
        // may be any function: the spans serve them only when it is a catalogue's rule alone (not combined
        // with another delegate) on the same catalogue.
        var catalogue = validator.Procedures;
        deadlines = options.DueDates is { HasSingleTarget: true, Target: CatalogueDueDates rule } ? rule : null;
        if (deadlines is not null && catalogue is not null && !ReferenceEquals(deadlines.Catalogue, catalogue))
        {
            deadlines = null;
        }
        catalogue ??= deadlines?.Catalogue;
        if (catalogue is not null)
        {
            spans = new ProcedureSpans(catalogue, procedures.Code, validator.Procedures is null ? static (_, _) => (byte)DossierExtras.None : OnlineFacts);
        }
        if (options.Policy.Repeats == RepeatsPolicy.Latest)
        {
            latest = [];
            latestPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    /// <summary>Starts the rows of the next file of the data set (named in its rejected rows).</summary>
    /// <param name="source">The file's name.</param>
    /// <param name="laterBytes">The bytes of the files to be read after it in the same call (0 when none or unknown), for <see cref="ExpectIds"/>.</param>
    public void BeginFile(string source, long laterBytes = 0)
    {
        TakeHeldRows(); // left by a failure at the end of the last file
        file = source;
        this.laterBytes = laterBytes;
    }

    /// <summary>Rows superseded by a newer row of their dossier (<see cref="RepeatsPolicy.Latest"/>).</summary>
    public long Superseded { get; private set; }

    /// <summary>Rows read.</summary>
    public long Read { get; private set; }

    /// <summary>Rows rejected.</summary>
    public long Rejected => rejects.Rows;

    /// <summary>The blocks of 4 MiB the ids seen take (for tests of memory).</summary>
    internal int IdBlocks => ids.Blocks;

    /// <summary>How many times the id set's slots were made anew (for tests of growth).</summary>
    internal int IdRebuilds => ids.Rebuilds;

    /// <summary>The id set's slots (for tests of memory).</summary>
    internal int IdSlots => ids.Slots;

    /// <summary>Rows excluded: dossiers never received (portal status 1 or 3).</summary>
    public long Excluded { get; private set; }

    /// <summary>Whether reading must stop: strict mode and a row was rejected.</summary>
    public bool Stopped { get; private set; }

    /// <summary>A status: the canonical lower-case names at once, anything else as <see cref="DossierFields.TryParseStatus"/> says.</summary>
    public static bool TryParseStatus(ReadOnlySpan<char> text, out DossierStatus status)
    {
        switch (text)
        {
            case "completed": status = DossierStatus.Completed; return true;
            case "processing": status = DossierStatus.Processing; return true;
            case "awaiting_supplement": status = DossierStatus.AwaitingSupplement; return true;
            case "refused": status = DossierStatus.Refused; return true;
            case "withdrawn": status = DossierStatus.Withdrawn; return true;
            case "stopped": status = DossierStatus.Stopped; return true;
            default: return DossierFields.TryParseStatus(text, out status);
        }
    }

    /// <summary>A channel: the canonical lower-case names at once, anything else as <see cref="DossierFields.TryParseChannel"/> says.</summary>
    public static bool TryParseChannel(ReadOnlySpan<char> text, out DossierChannel channel)
    {
        switch (text)
        {
            case "online": channel = DossierChannel.Online; return true;
            case "direct": channel = DossierChannel.Direct; return true;
            case "postal": channel = DossierChannel.Postal; return true;
            default: return DossierFields.TryParseChannel(text, out channel);
        }
    }

    /// <summary>
    /// Encodes the row's id as UTF-8 once, for <see cref="TryAccept"/> (call it first thing for a row),
    /// and starts fetching what that will look up; the hash of the trimmed id.
    /// </summary>
    public ulong PrefetchId(ReadOnlySpan<char> id)
    {
        preparedIdLength = 0;
        if (id.Length > FileSchema.MaxFieldLength)
        {
            return 0; // the row goes to the record path, which rejects the id as too long
        }
        preparedIdLength = System.Text.Encoding.UTF8.GetBytes(id.Trim(), preparedId);
        ulong hash = IdSet.Hash(preparedId.AsSpan(0, preparedIdLength));
        ids.Prefetch(hash);
        return hash;
    }

    /// <summary>Makes room for about <paramref name="rows"/> rows in the first table (a hint from the file's size).</summary>
    public void Expect(long rows)
    {
        if (table.Count == 0 && rows > table.Capacity)
        {
            table.EnsureCapacity((int)Math.Min(rows, batchRows));
        }
    }

    /// <summary>
    /// Makes room for the ids of the file's rows still to come (a count the file states, such as Parquet's,
    /// or one estimated from the bytes of its first rows) and, at the file's rows per byte, for those of the
    /// files to be read after it (<see cref="BeginFile"/>), beside the ids seen: the set then grows once for a
    /// year of monthly files instead of at every doubling, each time hashing every id again (docs/performance.md).
    /// </summary>
    /// <param name="rows">The file's rows still to come.</param>
    /// <param name="rowsPerByte">The file's rows per byte of it.</param>
    public void ExpectIds(long rows, double rowsPerByte)
    {
        double later = Math.Max(0, rowsPerByte) * laterBytes;
        ids.EnsureCapacity(rows + (long)Math.Min(later, 1L << 40) + ids.Count);
    }

    /// <summary>Counts a row read (and tells the progress every <see cref="DossierFile.ProgressEvery"/> rows).</summary>
    public void BeginRow()
    {
        Read++;
        if (options.Progress is { } progress && Read % DossierFile.ProgressEvery == 0)
        {
            progress.Report(Read);
        }
    }

    /// <summary>
    /// Accepts a row whose fields are parsed, or rejects it as a repeated id; false when the row
    /// must go to <see cref="Slow"/> (something is wrong with it, or unusual).
    /// </summary>
    /// <param name="row">The row number.</param>
    /// <param name="id">The raw <c>dossier_id</c>, given to <see cref="PrefetchId"/> first.</param>
    /// <param name="idHash">Its hash, from <see cref="PrefetchId"/>.</param>
    /// <param name="unit">The raw <c>unit_code</c>.</param>
    /// <param name="procedure">The raw <c>procedure_code</c>.</param>
    /// <param name="channel">The channel, parsed.</param>
    /// <param name="status">The status, parsed.</param>
    /// <param name="received">The receipt, parsed.</param>
    /// <param name="due">The deadline given (a date alone already the end of it), null when <c>due_at</c> is empty.</param>
    /// <param name="finished">The finish, null when empty.</param>
    /// <param name="requests">The supplementation requests (0 when empty).</param>
    /// <param name="requested">The latest request, null when empty.</param>
    /// <param name="returned">The delivery of the result, null when empty.</param>
    /// <param name="receivingUnit">The raw <c>receiving_unit_code</c>, empty when not given.</param>
    /// <param name="resultElectronic"><c>result_electronic</c> parsed; null when empty.</param>
    public bool TryAccept(
        long row, ReadOnlySpan<char> id, ulong idHash, ReadOnlySpan<char> unit, ReadOnlySpan<char> procedure, DossierChannel channel, DossierStatus status,
        LocalDateTime received, LocalDateTime? due, LocalDateTime? finished, int requests, LocalDateTime? requested, LocalDateTime? returned,
        ReadOnlySpan<char> receivingUnit, bool? resultElectronic)
    {
        if (latest is not null)
        {
            return false;
        }
        if (options.Policy.EndIsReturned(status.IsFinal(), finished.HasValue, returned.HasValue))
        {
            finished = returned;
        }
        id = id.Trim();
        unit = unit.Trim();
        procedure = procedure.Trim();
        if (id.IsEmpty || unit.IsEmpty || procedure.IsEmpty)
        {
            return false;
        }
        int u = units.Index(unit, options.KnownUnits);
        if (u < 0 || !units.IsValidOn(u, Calendars.DayNumber.Of(received.Date)))
        {
            return false;
        }
        int p = procedures.Index(procedure, knownCodes: null);
        int day = Calendars.DayNumber.Of(received.Date);
        LocalDateTime dueAt;
        if (due is { } given)
        {
            dueAt = given;
        }
        else if (DueFromProcedure(p, day, received) is { } computed)
        {
            dueAt = computed;
        }
        else
        {
            return false;
        }
        // The rules' one test; the slow path words them.
        if (!DossierRules.Holds(received, dueAt, status, finished, requests, requested))
        {
            return false;
        }
        // The id as PrefetchId encoded it for this row.
        System.Diagnostics.Debug.Assert(preparedIdLength == System.Text.Encoding.UTF8.GetByteCount(id), "PrefetchId was called for this row");
        if (!ids.Add(preparedId.AsSpan(0, preparedIdLength), idHash))
        {
            RejectRepeat(row, id.ToString());
            return true;
        }
        receivingUnit = receivingUnit.Trim();
        var extras = DossierClassifier.Extras(!receivingUnit.IsEmpty, DossierClassifier.ReceivedElsewhere(unit, receivingUnit), resultElectronic, null);
        Append(u, p, channel, status, received, dueAt, finished, requests, requested, extras | (DossierExtras)Facts(p, day));
        return true;
    }

    /// <summary>The optional facts of the procedure's online level on day number <paramref name="day"/> (none without a catalogue): from its spans, else asked on the date.</summary>
    private byte Facts(int procedure, int day) =>
        spans is not null && spans.TryOn(procedure, day, out _, out byte facts) ? facts
        : validator.Procedures is null ? (byte)DossierExtras.None
        : OnlineFacts(procedure, Calendars.DayNumber.ToDate(day));

    /// <summary>The optional facts of the procedure's online level in force on <paramref name="date"/>, asked of the validator as the record path does (docs/specification.md §10.3).</summary>
    private byte OnlineFacts(int procedure, LocalDate date) =>
        (byte)DossierClassifier.Extras(false, false, null, validator.OnlineLevel(procedures.Code(procedure), date));

    /// <summary>
    /// The deadline the procedure's limit gives for a receipt at <paramref name="received"/> (on day
    /// number <paramref name="day"/>): the catalogue's rule applied to the version in force from the
    /// spans, when the rule is the catalogue's and the spans could be made; else
    /// <see cref="DossierReadOptions.DueDates"/> as given. Null when it gives none or it is beyond the
    /// calendar (the record path words both).
    /// </summary>
    private LocalDateTime? DueFromProcedure(int procedure, int day, LocalDateTime received)
    {
        try
        {
            if (deadlines is not null && spans!.TryOn(procedure, day, out var version, out _))
            {
                return version is null ? null : deadlines.DueDateOf(version, received);
            }
            return options.DueDates?.Invoke(procedures.Code(procedure), received);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The index of a unit code (trimmed, not empty) for <see cref="TryAcceptTicks"/>; -1 when the units given lack it.</summary>
    public int UnitIndex(ReadOnlySpan<char> code) => units.Index(code, options.KnownUnits);

    /// <summary>The index of a procedure code (trimmed, not empty) for <see cref="TryAcceptTicks"/>.</summary>
    public int ProcedureIndex(ReadOnlySpan<char> code) => procedures.Index(code, knownCodes: null);

    /// <summary>
    /// <see cref="TryAccept"/> for a row whose codes are looked up already and whose times are
    /// ticks: the rules tested on integers, the row stored as the table stores it, no
    /// <see cref="LocalDateTime"/> built unless the deadline comes from the procedure.
    /// </summary>
    /// <param name="row">The row number.</param>
    /// <param name="id">The <c>dossier_id</c> as UTF-8, valid, trimmed and not empty.</param>
    /// <param name="idHash">Its hash (<see cref="IdSet.Hash(ReadOnlySpan{byte})"/>).</param>
    /// <param name="unit">The unit's index from <see cref="UnitIndex"/>.</param>
    /// <param name="procedure">The procedure's index from <see cref="ProcedureIndex"/>.</param>
    /// <param name="fields">The other fields.</param>
    public bool TryAcceptTicks(long row, ReadOnlySpan<byte> id, ulong idHash, int unit, int procedure, in TickRow fields)
    {
        int receivedDay = TickRow.Day(fields.Received);
        if (latest is not null || !units.IsValidOn(unit, receivedDay))
        {
            return false;
        }
        long due;
        bool dueAtEndOfDay;
        if (fields.HasDue)
        {
            due = fields.Due;
            dueAtEndOfDay = fields.DueAtEndOfDay;
        }
        else if (DueFromProcedure(procedure, receivedDay, TickRow.ToLocal(fields.Received)) is not { } computed
            || !TickRow.TryTicks(computed, out due, out dueAtEndOfDay))
        {
            return false;
        }
        var status = fields.Status;
        bool awaiting = status == DossierStatus.AwaitingSupplement;
        // The rules' one test, on ticks; the slow path words them. A deadline at the end of its day
        // is one tick before the next day, which compares with tick-exact times as the end of the day does.
        if (!DossierRules.Holds(fields.Received, due, status, fields.HasFinished, fields.Finished, fields.Requests, fields.HasRequested))
        {
            return false;
        }
        // The classifier's facts, made on ticks and day numbers; the table encodes them as DossierTable.Set does.
        int finishedDay = TickRow.Day(fields.Finished), dueDay = TickRow.Day(due);
        Hold(id, idHash, new EncodedRow
        {
            Row = row,
            Unit = unit,
            Procedure = procedure,
            Channel = fields.Channel,
            ReceivedDay = receivedDay,
            DueDay = dueDay,
            DueAtEndOfDay = dueAtEndOfDay,
            FinishedDay = finishedDay,
            RequestedDay = awaiting ? TickRow.Day(fields.Requested) : 0,
            Facts = DossierClassifier.Facts(status, fields.Requests, due, dueDay, fields.Finished, finishedDay, fields.Requested),
            Extras = fields.Extras | (DossierExtras)Facts(procedure, receivedDay),
        });
        return true;
    }

    /// <summary>Adds an accepted row to the table.</summary>
    private void Store(in EncodedRow row)
    {
        NextTable();
        table.AddEncoded(units.Ordinal(row.Unit, table, batch), procedures.Ordinal(row.Procedure, table, batch), row.Channel,
            row.ReceivedDay, row.DueDay, row.DueAtEndOfDay, row.FinishedDay, row.RequestedDay, row.Facts, row.Extras);
    }

    /// <summary>The record path for one row as text: exactly the errors of <see cref="DossierFile.Read(string, DossierReadOptions?)"/>.</summary>
    public void Slow(in RawRecord record)
    {
        try
        {
            TakeHeldRows();
        }
        catch
        {
            // The row was counted as read but is not taken: it is not read (the file fails here).
            Read--;
            throw;
        }
        faults.Clear();
        switch (DossierFile.Validate(record, validator, pool, faults, out var dossier))
        {
            case RowOutcome.Excluded:
                Excluded++;
                excludedByReason[faults[0].Reason] = excludedByReason.GetValueOrDefault(faults[0].Reason) + 1;
                return;
            case RowOutcome.Rejected:
                RejectRow();
                return;
        }
        if (latest is not null)
        {
            Superseded += DossierValidator.KeepLatest(latest, latestPlace!, dossier!);
            return;
        }
        // The validator has seen only the slow rows' ids; the fast rows' are here.
        if (!ids.Add(dossier!.Id))
        {
            RejectRepeat(record.Row, dossier.Id);
            return;
        }
        Append(dossier);
    }

    /// <summary>Frees the ids seen (native memory; see <see cref="IdSet"/>), after the count of a full table under way, if any, has ended.</summary>
    public void Dispose()
    {
        try
        {
            counting?.Wait();
        }
        catch (AggregateException)
        {
            // Disposed without its counts being asked for (the read failed, or was abandoned): nothing
            // reads this count, and the failure that ended the read is the one the caller sees.
        }
        counting = null;
        counted = null;
        ids.Dispose();
    }

    /// <summary>
    /// The report over the rows accepted so far, with the rejected rows kept in detail and every row
    /// accounted for. Changes nothing: more rows may follow, and a later report covers them too.
    /// </summary>
    public DossierFileReport Finish(GroupBy groupBy, UnitRegistry? registry)
    {
        options.Progress?.Report(Read);
        return new DossierFileReport(Counts().Report(period, groupBy, registry, [.. rejects.Kept]), Read, Rejected, Stopped)
        {
            ExcludedRows = Excluded,
            SupersededRows = Superseded,
            RejectedByReason = rejects.ByReason(),
            ExcludedByReason = [.. excludedByReason.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new RejectReason(DossierFields.Status, p.Key, p.Value))],
        };
    }

    /// <summary>The report of every piece (one may be the period itself), each carrying the rejected rows kept in detail.</summary>
    public ReportSeries Series(GroupBy groupBy, UnitRegistry? registry) =>
        ColumnarIndicators.ReportsFrom(Counts(), pieces, groupBy, registry, [.. rejects.Kept]);

    /// <summary>The counts of the rows accepted so far, per unit and counted period. Changes nothing (it waits for a full table's count under way, and first takes any rows a failure left held; see DossierReportSink.HeldRows.cs).</summary>
    public PartialCounts Counts()
    {
        TakeHeldRows(); // left by a failure at the end of the last file
        Settle();
        var parts = new List<PartialCounts>(3);
        if (counts is not null)
        {
            parts.Add(counts);
        }
        parts.Add(ColumnarIndicators.Count(table, periods, policy));
        if (latest is { Count: > 0 })
        {
            parts.Add(ColumnarIndicators.Count(DossierTable.From(latest), periods, policy));
        }
        return PartialCounts.Merge(parts);
    }

    private void RejectRepeat(long row, string id) => Reject(new RowError(row, DossierFields.DossierId, "repeats an earlier row's id", id).Shortened());

    private void Reject(RowError error)
    {
        faults.Clear();
        faults.Add(error);
        RejectRow();
    }

    private void RejectRow()
    {
        rejects.AddRow(faults, file);
        Stopped |= options.Strict;
    }

    private void Append(Dossier dossier)
    {
        int u = units.Index(dossier.UnitCode, knownCodes: null);
        int p = procedures.Index(dossier.ProcedureCode, knownCodes: null);
        Append(u, p, dossier.Channel, dossier.Status, dossier.ReceivedAt, dossier.Due, dossier.FinishedAt, dossier.SupplementRequests, dossier.SupplementRequestedAt,
            DossierClassifier.Extras(dossier));
    }

    private void Append(
        int unit, int procedure, DossierChannel channel, DossierStatus status, LocalDateTime received, LocalDateTime due,
        LocalDateTime? finished, int requests, LocalDateTime? requested, DossierExtras extras)
    {
        NextTable();
        table.Add(units.Ordinal(unit, table, batch), procedures.Ordinal(procedure, table, batch), channel, status, received, due, finished, requests, requested, extras);
    }

    /// <summary>
    /// When the table is full: starts counting it on the thread pool and starts the next table, on the
    /// columns of the table counted before (whose count is waited for first: it took a fraction of the
    /// time this one took to fill), or on new ones the first time.
    /// </summary>
    private void NextTable()
    {
        if (table.Count == batchRows)
        {
            Settle();
            var full = table;
            table = counted?.Recycle() ?? new DossierTable(batchRows);
            counted = full;
            counting = Task.Run(() => ColumnarIndicators.Count(full, periods, policy));
            batch++;
        }
    }

    /// <summary>
    /// Waits for the count under way, if any, and adds it to the counts. Its failure (running out of
    /// memory) is thrown here and again at every later call: the counts would lack that table's rows,
    /// so none is given.
    /// </summary>
    private void Settle()
    {
        if (counting is not null)
        {
            var part = counting.GetAwaiter().GetResult();
            counting = null;
            counts = counts is null ? part : counts.Merge(part);
        }
    }
}
