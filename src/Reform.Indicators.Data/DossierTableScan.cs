using NodaTime;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// The fast path of <see cref="DossierFile.Report(string, ReportingPeriod, GroupBy, UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>:
/// rows validated from spans or typed values straight into a columnar <see cref="DossierTable"/>,
/// counted a batch at a time with <see cref="ColumnarIndicators.Count(DossierTable, IEnumerable{ReportingPeriod}, ClassificationPolicy?, int)"/>.
/// </summary>
/// <remarks>
/// <para>A reader parses a row's fields itself (no string per field) and offers them to
/// <see cref="TryAccept"/>, which accepts the row only when every rule of
/// <see cref="DossierValidator"/> holds, or rejects it as a repeated id. Anything else — a field
/// that does not parse, a rule broken, a unit not in the units file, a deadline the procedure
/// cannot give — returns false, and the reader hands the row as text to <see cref="Slow"/>, which
/// is the record path (<see cref="DossierFile.Validate"/>, <see cref="DossierValidator"/>). So the
/// rules and their messages live in one place, and a bad row gets exactly the errors it always got.</para>
/// <para>The ids seen are kept (to reject repeats), as on the record path. Rows go into a table of
/// at most <see cref="BatchRows"/> rows, which is counted and dropped when full, so memory does not
/// grow with the file beyond the ids.</para>
/// </remarks>
internal sealed class DossierTableScan : IDisposable
{
    /// <summary>Rows per table before it is counted and replaced (22 bytes a row: 23 MB).</summary>
    internal const int BatchRows = 1 << 20;

    private const int InitialCapacity = 1 << 14;

    private readonly DossierReadOptions options;
    private readonly ReportingPeriod period;
    private readonly ClassificationPolicy? policy;
    private readonly DossierValidator validator;
    private readonly DossierFile.StringPool pool = new();
    private readonly IdSet ids = new();
    private readonly byte[] preparedId = new byte[IdSet.MaxBytes];   // the row's trimmed id as UTF-8, from PrefetchId
    private int preparedIdLength;
    private readonly Codes units, procedures = new(isUnit: false);
    private DossierTable table = new(InitialCapacity);
    private int batch = 1;
    private PartialCounts? counts;

    /// <param name="period">The reporting period.</param>
    /// <param name="options">How to read.</param>
    /// <param name="policy">The classification policy.</param>
    /// <param name="registry">The units file, when given: a row whose unit is not valid on its receipt date goes to the record path, which rejects it (docs/specification.md §10.1).</param>
    public DossierTableScan(ReportingPeriod period, DossierReadOptions options, ClassificationPolicy? policy, UnitRegistry? registry = null)
    {
        this.period = period;
        this.options = options;
        this.policy = policy;
        validator = new DossierValidator(options.DueDates, options.KnownUnits, options.Policy) { Units = registry };
        units = new(isUnit: true, registry);
    }

    /// <summary>Every fault of every rejected row, in row order.</summary>
    public List<RowError> Errors { get; } = [];

    /// <summary>Rows read.</summary>
    public long Read { get; private set; }

    /// <summary>Rows rejected.</summary>
    public long Rejected { get; private set; }

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

    /// <summary>Starts fetching what <see cref="TryAcceptTicks"/> will look up for an id of this hash (<see cref="IdSet.Hash(ReadOnlySpan{byte})"/> of the trimmed id).</summary>
    public void PrefetchIdHash(ulong hash) => ids.Prefetch(hash);

    /// <summary>Makes room for about <paramref name="rows"/> rows in the first table (a hint from the file's size).</summary>
    public void Expect(long rows)
    {
        if (table.Count == 0 && rows > table.Capacity)
        {
            table.EnsureCapacity((int)Math.Min(rows, BatchRows));
        }
    }

    /// <summary>Makes room for <paramref name="rows"/> ids (a count the file states, such as Parquet's, or one estimated from the bytes of the first rows), so the set need not grow while it is filled.</summary>
    public void ExpectIds(long rows) => ids.EnsureCapacity(rows);

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
    public bool TryAccept(
        long row, ReadOnlySpan<char> id, ulong idHash, ReadOnlySpan<char> unit, ReadOnlySpan<char> procedure, DossierChannel channel, DossierStatus status,
        LocalDateTime received, LocalDateTime? due, LocalDateTime? finished, int requests, LocalDateTime? requested, LocalDateTime? returned)
    {
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
        LocalDateTime dueAt;
        if (due is { } given)
        {
            dueAt = given;
        }
        else if (options.DueDates?.Invoke(procedures.Code(p), received) is { } computed)
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
            Reject(new RowError(row, DossierFields.DossierId, "repeats an earlier row's id", id.ToString()).Shortened());
            return true;
        }
        Append(u, p, channel, status, received, dueAt, finished, requests, requested);
        return true;
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
        if (!units.IsValidOn(unit, TickRow.Day(fields.Received)))
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
        else if (options.DueDates?.Invoke(procedures.Code(procedure), TickRow.ToLocal(fields.Received)) is not { } computed
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
        if (!ids.Add(id, idHash))
        {
            Reject(new RowError(row, DossierFields.DossierId, "repeats an earlier row's id", System.Text.Encoding.UTF8.GetString(id)).Shortened());
            return true;
        }
        // The classifier's facts, made on ticks and day numbers; the table encodes them as DossierTable.Set does.
        int finishedDay = TickRow.Day(fields.Finished), dueDay = TickRow.Day(due);
        var facts = DossierClassifier.Facts(status, fields.Requests, due, dueDay, fields.Finished, finishedDay, fields.Requested);
        NextTable();
        table.AddEncoded(units.Ordinal(unit, table, batch), procedures.Ordinal(procedure, table, batch), fields.Channel,
            TickRow.Day(fields.Received), dueDay, dueAtEndOfDay, finishedDay, awaiting ? TickRow.Day(fields.Requested) : 0, facts);
        return true;
    }

    /// <summary>The record path for one row as text: exactly the errors of <see cref="DossierFile.Read(string, DossierReadOptions?)"/>.</summary>
    public void Slow(in RawRecord record)
    {
        int before = Errors.Count;
        switch (DossierFile.Validate(record, validator, pool, Errors, out var dossier))
        {
            case RowOutcome.Excluded:
                Excluded++;
                return;
            case RowOutcome.Rejected:
                Rejected++;
                Stopped |= options.Strict;
                return;
        }
        // The validator has seen only the slow rows' ids; the fast rows' are here.
        if (!ids.Add(dossier!.Id))
        {
            Reject(new RowError(record.Row, DossierFields.DossierId, "repeats an earlier row's id", dossier.Id).Shortened());
            return;
        }
        System.Diagnostics.Debug.Assert(Errors.Count == before, "an accepted row adds no error");
        int u = units.Index(dossier.UnitCode, knownCodes: null);
        int p = procedures.Index(dossier.ProcedureCode, knownCodes: null);
        Append(u, p, dossier.Channel, dossier.Status, dossier.ReceivedAt, dossier.Due, dossier.FinishedAt, dossier.SupplementRequests, dossier.SupplementRequestedAt);
    }

    /// <summary>Frees the ids seen (native memory; see <see cref="IdSet"/>).</summary>
    public void Dispose() => ids.Dispose();

    /// <summary>The report over the accepted rows, with every rejected row.</summary>
    public DossierFileReport Finish(GroupBy groupBy, UnitRegistry? registry)
    {
        options.Progress?.Report(Read);
        CountTable();
        return new DossierFileReport(counts!.Report(period, groupBy, registry, Errors), Read, Rejected, Stopped) { ExcludedRows = Excluded };
    }

    private void Reject(RowError error)
    {
        Errors.Add(error);
        Rejected++;
        Stopped |= options.Strict;
    }

    private void Append(
        int unit, int procedure, DossierChannel channel, DossierStatus status, LocalDateTime received, LocalDateTime due,
        LocalDateTime? finished, int requests, LocalDateTime? requested)
    {
        NextTable();
        table.Add(units.Ordinal(unit, table, batch), procedures.Ordinal(procedure, table, batch), channel, status, received, due, finished, requests, requested);
    }

    /// <summary>Counts the table and starts the next when it is full.</summary>
    private void NextTable()
    {
        if (table.Count == BatchRows)
        {
            CountTable();
            table = new DossierTable(BatchRows);
            batch++;
        }
    }

    private void CountTable()
    {
        var part = ColumnarIndicators.Count(table, [period], policy);
        counts = counts is null ? part : counts.Merge(part);
    }

    /// <summary>Unit or procedure codes of the file, looked up from spans, with their ordinals in the current table.</summary>
    private sealed class Codes
    {
        private readonly bool isUnit;
        private readonly UnitRegistry? registry;
        private readonly List<int[]?> validity = []; // per code: [from, to, from, to, …] day numbers of its versions; null when always valid
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly List<string> codes = [];
        private int[] ordinals = new int[64];
        private int[] batches = new int[64];

        public Codes(bool isUnit, UnitRegistry? registry = null)
        {
            this.isUnit = isUnit;
            this.registry = registry;
            lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The code's index in the file, adding it when new; -1 when <paramref name="knownCodes"/> is given and lacks it.</summary>
        public int Index(ReadOnlySpan<char> code, IReadOnlySet<string>? knownCodes)
        {
            if (lookup.TryGetValue(code, out int i))
            {
                return i;
            }
            string text = code.ToString();
            if (knownCodes is not null && !knownCodes.Contains(text))
            {
                return -1;
            }
            i = codes.Count;
            codes.Add(text);
            index.Add(text, i);
            validity.Add(registry is null ? null : Validity(registry.History(text)));
            return i;
        }

        /// <summary>Whether the code of index <paramref name="i"/> names a unit on day <paramref name="day"/> (always, without a registry).</summary>
        public bool IsValidOn(int i, int day)
        {
            if (validity[i] is not { } ranges)
            {
                return true;
            }
            for (int r = 0; r < ranges.Length; r += 2)
            {
                if (ranges[r] <= day && day <= ranges[r + 1])
                {
                    return true;
                }
            }
            return false;
        }

        private static int[]? Validity(IReadOnlyList<AdministrativeUnit> versions)
        {
            if (versions.Count == 1 && versions[0].ValidFrom is null && versions[0].ValidTo is null)
            {
                return null;
            }
            var ranges = new int[2 * versions.Count];
            for (int v = 0; v < versions.Count; v++)
            {
                ranges[2 * v] = versions[v].ValidFrom is { } from ? Calendars.DayNumber.Of(from) : int.MinValue;
                ranges[(2 * v) + 1] = versions[v].ValidTo is { } to ? Calendars.DayNumber.Of(to) : int.MaxValue;
            }
            return ranges;
        }

        public string Code(int i) => codes[i];

        /// <summary>The ordinal in <paramref name="table"/> of the code of index <paramref name="i"/>.</summary>
        public int Ordinal(int i, DossierTable table, int batch)
        {
            if (i >= ordinals.Length)
            {
                int size = Math.Max(i + 1, 2 * ordinals.Length);
                Array.Resize(ref ordinals, size);
                Array.Resize(ref batches, size);
            }
            if (batches[i] != batch)
            {
                ordinals[i] = isUnit ? table.UnitOrdinal(codes[i]) : table.ProcedureOrdinal(codes[i]);
                batches[i] = batch;
            }
            return ordinals[i];
        }
    }
}
