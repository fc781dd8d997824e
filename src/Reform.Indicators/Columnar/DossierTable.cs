using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Columnar;

/// <summary>
/// Dossiers as columns (a struct of arrays): dense ordinals for units and procedures, days as
/// integers, status, channel and the period-independent comparisons packed in flags. 22 bytes per
/// dossier; the input of the columnar kernels of <see cref="ColumnarIndicators"/>.
/// </summary>
/// <remarks>
/// <para><b>Layout</b> (one array per column, <see cref="BytesPerDossier"/> bytes a row): unit ordinal
/// (int), procedure ordinal (int), receipt day (int, days since 1970-01-01), finish day (int: the
/// finish date of a final dossier, the date of the latest supplementation request of one awaiting
/// supplementation, the receipt day otherwise), due key (int: 2 × the due date's day + 1 when the due
/// time is the end of that day) and 16 bits of flags: status (3 bits), channel (2), finished after
/// the due time, finished on a date before the due date, supplementation requested after the due
/// time (awaiting dossiers), more than one supplementation request.</para>
/// <para><b>Optional facts</b> (docs/specification.md §10.2–10.3: receiving unit, electronic result, the
/// procedure's online level): one byte a row, allocated at the first row that has one, so a table of
/// version-1 data holds none and its count never reads them; <see cref="ColumnarIndicators"/> counts
/// them in a second pass over the received dossiers that have them.</para>
/// <para>Those comparisons do not depend on the reporting period, so they are made once, here, with
/// exactly the rules of <see cref="Indicators.DossierClassifier"/>; a kernel then needs only days.
/// Dossier ids are not kept: a table is for counting, after validation.</para>
/// <para>Units and procedures get ordinals in the order they first appear (<see cref="UnitCodes"/>,
/// <see cref="ProcedureCodes"/>). Not thread-safe while rows are added.</para>
/// </remarks>
/// <example>
/// <code>
/// var table = DossierTable.From(dossiers);
/// var counts = ColumnarIndicators.Count(table, [ReportingPeriod.Year(2022)]);
/// </code>
/// </example>
public sealed class DossierTable
{
    /// <summary>Bytes held per dossier (per row of capacity): five 32-bit columns and 16 bits of flags.</summary>
    internal const int BytesPerDossier = (5 * sizeof(int)) + sizeof(ushort);

    internal const int StatusMask = 0b111;
    internal const int ChannelShift = 3;
    internal const int FinishedAfterDue = 1 << 5;
    internal const int FinishedDateBeforeDueDate = 1 << 6;
    internal const int RequestAfterDue = 1 << 7;
    internal const int TooManyRequests = 1 << 8;
    internal const int FlagCombinations = 1 << 9;

    private readonly Dictionary<string, int> unitOrdinals = new(StringComparer.Ordinal);
    private readonly List<string> unitCodes = [];
    private readonly Dictionary<string, int> procedureOrdinals = new(StringComparer.Ordinal);
    private readonly List<string> procedureCodes = [];
    private int[] unitRanks = [];
    private UnitRunIndex? unitRuns; // the runs of a sorted table, for the table as it was at `Version`
    private long version; // changes with every change of the rows
    private int[] units;
    private int[] procedures;
    private int[] receivedDays;
    private int[] finishDays;
    private int[] dueKeys;
    private ushort[] flags;
    private byte[]? extras; // the optional facts (DossierExtras), allocated at the first row with one
    private long extrasSeen; // bit v set when a row was given the optional facts v (v > 0); a superset when rows are overwritten

    /// <summary>Creates an empty table with room for <paramref name="capacity"/> dossiers.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public DossierTable(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        units = new int[capacity];
        procedures = new int[capacity];
        receivedDays = new int[capacity];
        finishDays = new int[capacity];
        dueKeys = new int[capacity];
        flags = new ushort[capacity];
    }

    /// <summary>A table of <paramref name="dossiers"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of them is null.</exception>
    public static DossierTable From(IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var table = new DossierTable(dossiers.TryGetNonEnumeratedCount(out int count) ? count : 0);
        table.AddRange(dossiers);
        return table;
    }

    /// <summary>The number of dossiers.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Whether the rows are in order of unit ordinal, so that each unit's rows are one run: true for
    /// an empty table, after <see cref="SortByUnit"/>, and while rows are added in unit order. The
    /// kernels of <see cref="ColumnarIndicators"/> then count each unit in a small block of counters
    /// that stays in the first-level cache, instead of scattering over counters for every unit.
    /// </summary>
    public bool IsSortedByUnit { get; private set; } = true;

    /// <summary>The number of rows the columns can hold without growing.</summary>
    public int Capacity => units.Length;

    /// <summary>The bytes held by the columns: <see cref="Capacity"/> × <see cref="BytesPerDossier"/>, and one a row when optional facts are held (the code lists aside).</summary>
    internal long ResidentBytes => ((long)Capacity * BytesPerDossier) + (extras?.Length ?? 0);

    /// <summary>The unit codes, indexed by unit ordinal.</summary>
    public IReadOnlyList<string> UnitCodes => unitCodes;

    /// <summary>The procedure codes, indexed by procedure ordinal.</summary>
    public IReadOnlyList<string> ProcedureCodes => procedureCodes;

    internal ReadOnlySpan<int> Units => units.AsSpan(0, Count);

    internal ReadOnlySpan<int> Procedures => procedures.AsSpan(0, Count);

    internal ReadOnlySpan<int> ReceivedDays => receivedDays.AsSpan(0, Count);

    internal ReadOnlySpan<int> FinishDays => finishDays.AsSpan(0, Count);

    internal ReadOnlySpan<int> DueKeys => dueKeys.AsSpan(0, Count);

    internal ReadOnlySpan<ushort> Flags => flags.AsSpan(0, Count);

    /// <summary>Each row's optional facts (<see cref="DossierExtras"/>); empty when no row has one.</summary>
    internal ReadOnlySpan<byte> Extras => extras is null ? default : extras.AsSpan(0, Count);

    /// <summary>
    /// The values of <see cref="Extras"/> other than none that rows may hold, as bits (bit v for the
    /// value v; the values have 6 bits): every value a row holds is among them, and a value once given
    /// to a row stays among them until the table is recycled (a superset after a row is overwritten).
    /// </summary>
    internal ulong ExtrasSeen => (ulong)Volatile.Read(ref extrasSeen);

    /// <summary>
    /// Each unit ordinal's rank in the ordinal order of the codes (the canonical order of
    /// <see cref="PartialCounts"/>), computed once per set of units.
    /// </summary>
    internal int[] UnitRanks()
    {
        var ranks = unitRanks;
        if (ranks.Length != unitCodes.Count)
        {
            var order = new int[unitCodes.Count];
            for (int u = 0; u < order.Length; u++)
            {
                order[u] = u;
            }
            var codes = unitCodes;
            Array.Sort(order, (a, b) => string.CompareOrdinal(codes[a], codes[b]));
            ranks = new int[order.Length];
            for (int r = 0; r < order.Length; r++)
            {
                ranks[order[r]] = r;
            }
            unitRanks = ranks;
        }
        return ranks;
    }

    /// <summary>
    /// The runs of a table sorted by unit (<see cref="IsSortedByUnit"/>): run r holds the rows
    /// [Starts[r], Starts[r + 1]) of unit Units[r]. Computed once per state of the rows, so that
    /// counting a sorted table again does not read the unit column.
    /// </summary>
    internal UnitRunIndex UnitRuns()
    {
        var runs = unitRuns;
        if (runs is null || runs.Version != version)
        {
            var column = Units;
            var starts = new List<int>();
            var ordinals = new List<int>();
            for (int row = 0; row < column.Length;)
            {
                starts.Add(row);
                ordinals.Add(column[row]);
                int next = column[(row + 1)..].IndexOfAnyExcept(column[row]);
                row = next < 0 ? column.Length : row + 1 + next;
            }
            starts.Add(column.Length);
            unitRuns = runs = new UnitRunIndex(version, [.. starts], [.. ordinals]);
        }
        return runs;
    }

    /// <summary>The runs of consecutive rows of one unit: run r is the rows [Starts[r], Starts[r + 1]) of unit ordinal Units[r].</summary>
    internal sealed record UnitRunIndex(long Version, int[] Starts, int[] Units);

    /// <summary>The ordinal of a unit code, adding it when new.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or white space.</exception>
    internal int UnitOrdinal(string code) => Intern(code, unitOrdinals, unitCodes);

    /// <summary>The ordinal of a procedure code, adding it when new.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is null or white space.</exception>
    internal int ProcedureOrdinal(string code) => Intern(code, procedureOrdinals, procedureCodes);

    /// <summary>Makes room for at least <paramref name="capacity"/> dossiers, so that adding that many never copies the columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public void EnsureCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity > units.Length)
        {
            Resize(capacity);
        }
    }

    /// <summary>
    /// An empty table that takes over this table's columns (their room, not their rows), for a reader
    /// that counts a full table and fills the next one: its rows are written to memory already touched,
    /// not to fresh pages. This table is left empty and without room; its codes stay.
    /// </summary>
    internal DossierTable Recycle()
    {
        var next = new DossierTable
        {
            units = units, procedures = procedures, receivedDays = receivedDays, finishDays = finishDays,
            dueKeys = dueKeys, flags = flags, extras = extras,
        };
        units = procedures = receivedDays = finishDays = dueKeys = [];
        flags = [];
        extras = null;
        extrasSeen = 0;
        Count = 0;
        IsSortedByUnit = true;
        version++;
        return next;
    }

    /// <summary>Shrinks the columns to <see cref="Count"/> rows.</summary>
    public void TrimExcess()
    {
        if (Count < units.Length)
        {
            Resize(Count);
        }
    }

    /// <summary>Adds a dossier.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public void Add(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Add(UnitOrdinal(dossier.UnitCode), ProcedureOrdinal(dossier.ProcedureCode), dossier.Channel, dossier.Status,
            dossier.ReceivedAt, dossier.Due, dossier.FinishedAt, dossier.SupplementRequests, dossier.SupplementRequestedAt,
            DossierClassifier.Extras(dossier));
    }

    /// <summary>Adds dossiers, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of them is null.</exception>
    public void AddRange(IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        foreach (var dossier in dossiers)
        {
            Add(dossier);
        }
    }

    /// <summary>
    /// Adds a dossier from its fields, without a record: the fast path for readers that stream
    /// rows in batches (take the ordinals from <see cref="UnitOrdinal"/> and <see cref="ProcedureOrdinal"/>).
    /// </summary>
    /// <param name="unitOrdinal">The handling unit's ordinal.</param>
    /// <param name="procedureOrdinal">The procedure's ordinal.</param>
    /// <param name="channel">How it was received.</param>
    /// <param name="status">Its status.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="due">When it is due (given or computed from the procedure).</param>
    /// <param name="finishedAt">When it was finished; required exactly when the status is final.</param>
    /// <param name="supplementRequests">How many supplementation requests, 0 or more.</param>
    /// <param name="supplementRequestedAt">The latest request; required when awaiting supplementation.</param>
    /// <param name="extras">Its optional facts (<see cref="DossierClassifier.Extras(Dossier)"/>).</param>
    /// <exception cref="ArgumentException">The fields break a rule of <see cref="Dossier"/> (docs/specification.md §3), or an ordinal is unknown.</exception>
    internal void Add(
        int unitOrdinal, int procedureOrdinal, DossierChannel channel, DossierStatus status, LocalDateTime receivedAt,
        LocalDateTime due, LocalDateTime? finishedAt, int supplementRequests, LocalDateTime? supplementRequestedAt,
        DossierExtras extras = DossierExtras.None)
    {
        if (Count == units.Length)
        {
            Resize(Math.Max(16, (int)Math.Min(Array.MaxLength, 2L * units.Length)));
        }
        Set(Count, unitOrdinal, procedureOrdinal, channel, status, receivedAt, due, finishedAt, supplementRequests, supplementRequestedAt);
        SetExtras(Count, extras);
        IsSortedByUnit &= Count == 0 || units[Count - 1] <= unitOrdinal;
        Count++;
        version++;
    }

    /// <summary>
    /// Appends a row that a reader has validated itself (<see cref="DossierRules.Holds{T}"/>) and
    /// whose facts it made on its own times (integers instead of a <see cref="LocalDateTime"/> per
    /// value, through <see cref="DossierClassifier.Facts{T, TDate}"/>): stored as <see cref="Set"/>
    /// stores it, through the same <see cref="Encode"/>. Nothing is checked.
    /// </summary>
    /// <param name="unitOrdinal">The unit's ordinal.</param>
    /// <param name="procedureOrdinal">The procedure's ordinal.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="receivedDay">The receipt's day number (<see cref="DayNumber"/>).</param>
    /// <param name="dueDay">The deadline's day number.</param>
    /// <param name="dueAtEndOfDay">Whether the deadline is the end of its day.</param>
    /// <param name="finishedDay">The finish's day number; read only when the status is final.</param>
    /// <param name="requestedDay">The latest request's day number; read only when awaiting supplementation.</param>
    /// <param name="facts">The row's facts, with its status.</param>
    /// <param name="extras">Its optional facts (<see cref="DossierClassifier.Extras(bool, bool, bool?, Procedures.OnlineServiceLevel?)"/>).</param>
    /// <remarks>For the file readers of Reform.Indicators.Data.</remarks>
    internal void AddEncoded(
        int unitOrdinal, int procedureOrdinal, DossierChannel channel, int receivedDay, int dueDay, bool dueAtEndOfDay,
        int finishedDay, int requestedDay, DossierFacts facts, DossierExtras extras = DossierExtras.None)
    {
        System.Diagnostics.Debug.Assert((uint)unitOrdinal < (uint)unitCodes.Count && (uint)procedureOrdinal < (uint)procedureCodes.Count, "known ordinals");
        int row = Count;
        if (row == units.Length)
        {
            Resize(Math.Max(16, (int)Math.Min(Array.MaxLength, 2L * units.Length)));
        }
        units[row] = unitOrdinal;
        procedures[row] = procedureOrdinal;
        Encode(row, channel, receivedDay, dueDay, dueAtEndOfDay, finishedDay, requestedDay, facts);
        SetExtras(row, extras);
        IsSortedByUnit &= row == 0 || units[row - 1] <= unitOrdinal;
        Count = row + 1;
        version++;
    }

    /// <summary>Allocates the optional facts' column now, so that <see cref="SetExtras"/> can be called from several threads.</summary>
    internal void EnsureExtras() => extras ??= new byte[units.Length];

    /// <summary>Appends <paramref name="rows"/> rows to be filled with <see cref="Set"/> (possibly from several threads); returns the first.</summary>
    internal int Reserve(int rows)
    {
        long end = (long)Count + rows;
        if (end > Array.MaxLength)
        {
            throw new InvalidOperationException($"A table holds at most {Array.MaxLength:N0} dossiers; {end:N0} were asked.");
        }
        EnsureCapacity((int)end);
        int start = Count;
        Count = (int)end;
        IsSortedByUnit &= rows == 0; // filled later, in any order
        version++;
        return start;
    }

    internal void Set(
        int row, int unitOrdinal, int procedureOrdinal, DossierChannel channel, DossierStatus status, LocalDateTime receivedAt,
        LocalDateTime due, LocalDateTime? finishedAt, int supplementRequests, LocalDateTime? supplementRequestedAt)
    {
        if ((uint)unitOrdinal >= (uint)unitCodes.Count)
        {
            throw new ArgumentException($"Unit ordinal {unitOrdinal} is unknown; the table has {unitCodes.Count} units.", nameof(unitOrdinal));
        }
        if ((uint)procedureOrdinal >= (uint)procedureCodes.Count)
        {
            throw new ArgumentException($"Procedure ordinal {procedureOrdinal} is unknown; the table has {procedureCodes.Count} procedures.", nameof(procedureOrdinal));
        }
        if ((uint)channel > (uint)DossierChannel.Postal || (uint)status > (uint)DossierStatus.Withdrawn)
        {
            throw new ArgumentException($"Unknown channel {(int)channel} or status {(int)status}.", nameof(status));
        }
        // The one test of the rules decides; the rules (an iterator) only word the message.
        if (!DossierRules.Holds(receivedAt, due, status, finishedAt, supplementRequests, supplementRequestedAt)
            && DossierRules.FirstViolation(receivedAt, due, status, finishedAt, supplementRequests, supplementRequestedAt) is var (field, reason))
        {
            throw new ArgumentException($"Dossier at row {row}: {field} {reason}.", DossierFields.ParameterName(field));
        }
        var finish = finishedAt.GetValueOrDefault();
        var requested = supplementRequestedAt.GetValueOrDefault();
        var facts = DossierClassifier.Facts(status, supplementRequests, due, due.Date, finish, finish.Date, requested);
        unitRuns = null; // the row may have been counted before (any thread may clear it; the next count rebuilds it)
        units[row] = unitOrdinal;
        procedures[row] = procedureOrdinal;
        Encode(row, channel, DayNumber.Of(receivedAt.Date), DayNumber.Of(due.Date), due.TimeOfDay == LocalTime.MaxValue,
            finishedAt.HasValue ? DayNumber.Of(finish.Date) : 0, supplementRequestedAt.HasValue ? DayNumber.Of(requested.Date) : 0, facts);
    }

    /// <summary>
    /// Stores a row's days and its period-independent facts (<see cref="DossierClassifier.Facts{T, TDate}"/>)
    /// as flags (docs/columnar.md, "Layout"). The finish day column is the finish's day for a final
    /// dossier, the latest request's for one awaiting supplementation, else the receipt's; the due
    /// key is 2 × the deadline's day, + 1 when due at the end of that day ("the period's end E is
    /// after the due time" is then "E's date ≥ (key + 1) / 2").
    /// </summary>
    private void Encode(
        int row, DossierChannel channel, int receivedDay, int dueDay, bool dueAtEndOfDay, int finishedDay, int requestedDay, DossierFacts facts)
    {
        var status = facts.Status;
        receivedDays[row] = receivedDay;
        finishDays[row] = status.IsFinal() ? finishedDay : status == DossierStatus.AwaitingSupplement ? requestedDay : receivedDay;
        dueKeys[row] = (2 * dueDay) + (dueAtEndOfDay ? 1 : 0);
        flags[row] = (ushort)Flag(channel, facts);
    }

    /// <summary>Stores a row's optional facts; allocates their column at the first row that has one.</summary>
    /// <summary>
    /// Sets the optional facts of a row reserved with <see cref="Reserve"/>; safe from several threads on different rows
    /// once <see cref="EnsureExtras"/> has been called (the sample's parallel generator).
    /// </summary>
    internal void SetExtras(int row, DossierExtras value)
    {
        if (value != DossierExtras.None || extras is not null)
        {
            (extras ??= new byte[units.Length])[row] = (byte)value;
            long bit = 1L << ((int)value & 63);
            // Atomic only when new (rows are set from several threads); a value already seen costs a read.
            if (value != DossierExtras.None && (Volatile.Read(ref extrasSeen) & bit) == 0)
            {
                Interlocked.Or(ref extrasSeen, bit);
            }
        }
    }

    /// <summary>The flags of a row: status, channel and its facts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Flag(DossierChannel channel, DossierFacts facts) =>
        (int)facts.Status | ((int)channel << ChannelShift)
        | (facts.FinishedAfterDue ? FinishedAfterDue : 0)
        | (facts.FinishedBeforeDueDate ? FinishedDateBeforeDueDate : 0)
        | (facts.RequestedAfterDue ? RequestAfterDue : 0)
        | (facts.TooManyRequests ? TooManyRequests : 0);

    /// <summary>The facts stored in <paramref name="flag"/> (its channel aside): the inverse of <see cref="Flag"/>.</summary>
    internal static DossierFacts Facts(int flag) => new(
        (DossierStatus)(flag & StatusMask),
        (flag & FinishedAfterDue) != 0,
        (flag & FinishedDateBeforeDueDate) != 0,
        (flag & RequestAfterDue) != 0,
        (flag & TooManyRequests) != 0);

    private static int Intern(string code, Dictionary<string, int> ordinals, List<string> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ref int ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(ordinals, code, out bool exists);
        if (!exists)
        {
            ordinal = codes.Count;
            codes.Add(code);
        }
        return ordinal;
    }

    /// <summary>
    /// Reorders the rows by unit ordinal (stable: rows of one unit keep their order), so that the
    /// kernels update one unit's counters in a run instead of scattering across all units.
    /// </summary>
    /// <remarks>
    /// Results never depend on row order; this only changes speed. A counting sort: O(rows + units)
    /// time, and two temporary arrays of one <see cref="int"/> per row while it runs. Sort once after
    /// loading, before many queries (docs/performance.md, "Targets": sort rows by unit once at ingest).
    /// </remarks>
    public void SortByUnit()
    {
        int count = Count;
        var starts = new int[unitCodes.Count + 1];
        foreach (int unit in units.AsSpan(0, count))
        {
            starts[unit + 1]++;
        }
        for (int u = 1; u < starts.Length; u++)
        {
            starts[u] += starts[u - 1];
        }
        var runStarts = new List<int>();
        var runUnits = new List<int>();
        for (int u = 0; u < unitCodes.Count; u++)
        {
            if (starts[u + 1] > starts[u])
            {
                runStarts.Add(starts[u]);
                runUnits.Add(u);
            }
        }
        runStarts.Add(count);
        var destination = new int[count];
        for (int i = 0; i < count; i++)
        {
            destination[i] = starts[units[i]]++;
        }
        var scratch = new int[Capacity];
        Permute(ref units);
        Permute(ref procedures);
        Permute(ref receivedDays);
        Permute(ref finishDays);
        Permute(ref dueKeys);
        var flagScratch = new ushort[Capacity];
        for (int i = 0; i < count; i++)
        {
            flagScratch[destination[i]] = flags[i];
        }
        flags = flagScratch;
        if (extras is not null)
        {
            var extrasScratch = new byte[Capacity];
            for (int i = 0; i < count; i++)
            {
                extrasScratch[destination[i]] = extras[i];
            }
            extras = extrasScratch;
        }
        IsSortedByUnit = true;
        version++;
        unitRuns = new UnitRunIndex(version, [.. runStarts], [.. runUnits]);

        void Permute(ref int[] column)
        {
            for (int i = 0; i < count; i++)
            {
                scratch[destination[i]] = column[i];
            }
            (column, scratch) = (scratch, column);
        }
    }

    private void Resize(int capacity)
    {
        Array.Resize(ref units, capacity);
        Array.Resize(ref procedures, capacity);
        Array.Resize(ref receivedDays, capacity);
        Array.Resize(ref finishDays, capacity);
        Array.Resize(ref dueKeys, capacity);
        Array.Resize(ref flags, capacity);
        if (extras is not null)
        {
            Array.Resize(ref extras, capacity);
        }
    }
}
