using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The columnar indicator path: the counts of docs/specification.md §4 per (unit, period) from a
/// <see cref="DossierTable"/>, in one branch-free pass per run of consecutive periods, on all
/// cores. Gives exactly the answers of <see cref="DossierIndicators"/>.
/// </summary>
/// <remarks>
/// <para>Consecutive periods (the months or quarters of a year, for instance) are counted in one
/// pass: each dossier finds the period of its receipt, of its finish and of its due time, adds
/// one to its receipt and finish counters, and marks the periods it is open at the end of — as not
/// yet due, then overdue — as ranges in difference arrays, so a dossier carried over through many
/// periods costs no more than one that is not. Overlapping periods (a year and its months) take
/// one pass per run.</para>
/// <para>A table sorted by unit (<see cref="DossierTable.IsSortedByUnit"/>, <see cref="DossierTable.SortByUnit"/>)
/// is counted one unit at a time in a small block of counters, without reading the unit column (the
/// table keeps its runs of units), 32 rows a step in 16-bit lanes or 16 with AVX-512, or 8 with AVX2, where the processor has
/// them (ColumnarIndicators.Vector.cs); any other table with per-thread counters for every unit,
/// merged at the end. Sort once at ingest when a table is counted more than once: docs/columnar.md.</para>
/// </remarks>
/// <example>
/// <code>
/// var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).ToArray();
/// PartialCounts counts = ColumnarIndicators.Count(table, months);
/// IndicatorReport march = counts.Report(months[2], GroupBy.Level, registry);
/// </code>
/// </example>
public static partial class ColumnarIndicators
{
    // Counters per (unit, period slot): receipts by channel, finishes by outcome and lateness, and
    // the two difference arrays of the open ranges. Everything else is derived.
    private const int ReceivedDirect = 0;
    private const int FinishedResolvedEarly = 3;
    private const int FinishedResolvedOnTime = 4;
    private const int FinishedResolvedLate = 5;
    private const int FinishedWithdrawn = 6;       // +1 when late
    private const int FinishedStopped = 8;         // +1 when late
    // The two difference arrays share one 64-bit counter (ints 10 and 11, 8-byte aligned): it holds
    // V = notDue + 2^32 × overdue, so opening (+1 not due), turning overdue (−1 not due, +1 overdue)
    // and closing (−1 overdue) are three 64-bit additions instead of four. Accumulate decodes it;
    // exact while each delta is within ±2^31 (a table has fewer rows).
    private const int OpenDeltas = 10;
    private const long Open = 1;
    private const long TurnOverdue = (1L << 32) - 1;
    private const long CloseOverdue = -(1L << 32);
    private const int CounterCount = 12;

    /// <summary>The counts of <paramref name="table"/> in each of <paramref name="periods"/>, per unit.</summary>
    /// <param name="table">The dossiers.</param>
    /// <param name="periods">Any periods: months, quarters, years, custom ranges, overlapping or not.</param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; all cores when 0 or less.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static PartialCounts Count(DossierTable table, IEnumerable<ReportingPeriod> periods, ClassificationPolicy? policy = null, int maxDegreeOfParallelism = 0) =>
        Count(table, periods, policy, maxDegreeOfParallelism, DefaultRowsPerThread, WidestKernels);

    /// <summary>The kernels a count may use: all of them, the widest the processor has.</summary>
    internal const Kernels WidestKernels = Kernels.Vector512Words;

    /// <summary>Rows per thread below which fewer threads are used: a thread's start-up costs more than counting this many.</summary>
    internal const int DefaultRowsPerThread = 65_536;

    /// <summary>
    /// <see cref="Count(DossierTable, IEnumerable{ReportingPeriod}, ClassificationPolicy?, int)"/> with the
    /// split size and the widest kernel as parameters, so tests can split small tables and check
    /// every kernel the machine has on the same data.
    /// </summary>
    internal static PartialCounts Count(DossierTable table, IEnumerable<ReportingPeriod> periods, ClassificationPolicy? policy, int maxDegreeOfParallelism, int rowsPerThread, Kernels widest)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(periods);
        var all = PartialCounts.Canonical(periods);
        int threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        threads = Math.Max(1, Math.Min(threads, (table.Count / rowsPerThread) + 1));
        // Cells are laid out by the units' rank in ordinal order of their codes: the canonical order of PartialCounts.
        var ranks = table.UnitRanks();
        // Not zeroed here (9.3 MB at 11,389 units × 12 months, on one thread): Write sets every cell
        // of every unit it is given, and units never given are dropped by FromCells. On large pages
        // where the system gives them: faulting in fresh 4 KiB pages cost more than the count (CellMemory).
        // Faulted in by the counting (Cells.Populate), where a thread may do it while others count.
        var values = CellMemory.Allocate<CountCell>(ranks.Length * all.Length, populate: false);
        var cells = new Cells(all.Length, ranks, values, new bool[ranks.Length]);
        bool extrasCounted = true;
        foreach (var run in Runs(all))
        {
            extrasCounted &= CountRun(table, all, run, policy ?? ClassificationPolicy.Default, threads, Supported(widest), cells);
        }
        // docs/specification.md §10.2–10.3: the optional facts, in a pass of their own (none for version-1
        // data) unless the vector kernels counted them with the rest.
        if (!extrasCounted)
        {
            ColumnarExtras.Add(table, all, ranks, cells.Values);
        }
        var sortedCodes = new string[ranks.Length];
        for (int u = 0; u < ranks.Length; u++)
        {
            sortedCodes[ranks[u]] = table.UnitCodes[u];
        }
        return PartialCounts.FromCells(all, sortedCodes, cells.Values, cells.Counted);
    }

    /// <summary>The kernels of a sorted table, narrowest first; a count uses the widest the processor has, up to the one asked.</summary>
    internal enum Kernels
    {
        /// <summary>One row at a time.</summary>
        Scalar,

        /// <summary>Eight rows at a time (AVX2).</summary>
        Vector256,

        /// <summary>Sixteen rows at a time (AVX-512F and BW; the flag's entry gathered with AVX2: ColumnarIndicators.Unit512.cs).</summary>
        Vector512,

        /// <summary>As <see cref="Vector512"/>, the flag's entry found by a byte permutation (AVX-512 VBMI).</summary>
        Vector512Vbmi,

        /// <summary>Thirty-two rows at a time in 16-bit lanes where the periods and a unit's counters allow (AVX-512 VBMI and VBMI2: ColumnarIndicators.UnitWords.cs), else as <see cref="Vector512Vbmi"/>.</summary>
        Vector512Words,
    }

    private static Kernels Supported(Kernels widest) =>
        widest >= Kernels.Vector512Words && Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported && Avx512Vbmi2.IsSupported ? Kernels.Vector512Words
        : widest >= Kernels.Vector512Vbmi && Avx512F.IsSupported && Avx512BW.IsSupported && Avx512Vbmi.IsSupported ? Kernels.Vector512Vbmi
        : widest >= Kernels.Vector512 && Avx512F.IsSupported && Avx512BW.IsSupported ? Kernels.Vector512
        : widest >= Kernels.Vector256 && Avx2.IsSupported ? Kernels.Vector256
        : Kernels.Scalar;

    /// <summary>A report of <paramref name="table"/> for <paramref name="period"/>, equal to <see cref="DossierIndicators.Report"/> on the same dossiers.</summary>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping.</exception>
    public static IndicatorReport Report(
        DossierTable table, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null,
        ClassificationPolicy? policy = null, IReadOnlyList<RowError>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(period);
        if (units is null && groupBy is GroupBy.Level or GroupBy.Rollup)
        {
            throw new ArgumentException($"Grouping by {groupBy.ToString().ToLowerInvariant()} needs the units (a units file or registry).", nameof(units));
        }
        return Count(table, [period], policy).Report(period, groupBy, units, rejected);
    }

    // Splits canonical periods into runs of consecutive periods (each next one starts the day
    // after the previous ends); a period that fits no run starts a new one.
    private static List<List<int>> Runs(ReportingPeriod[] periods)
    {
        var runs = new List<List<int>>();
        for (int p = 0; p < periods.Length; p++)
        {
            // Day numbers, not PlusDays: a period may end on 9999-12-31.
            var run = runs.FirstOrDefault(r => DayNumber.Of(periods[r[^1]].Last) + 1 == DayNumber.Of(periods[p].First));
            if (run is null)
            {
                runs.Add(run = []);
            }
            run.Add(p);
        }
        return runs;
    }

    // True when the optional facts of the run's periods were counted too.
    private static bool CountRun(DossierTable table, ReportingPeriod[] all, List<int> run, ClassificationPolicy policy, int threads, Kernels kernel, Cells cells)
    {
        var (query, keys) = RunQuery(table, all, run, policy, kernel);
        switch (HowCounted(query, keys))
        {
            case RunCount.UnitsInVectors:
                CountSortedVector(query, threads, cells, keys);
                return true;
            case RunCount.Sorted:
                CountSorted(query, threads, cells);
                return false;
            default:
                CountScattered(query, threads, cells);
                return false;
        }
    }

    // How a run is counted: a unit at a time by the vector kernels (the optional facts with the rest),
    // a unit at a time by the scalar kernel, or rows in any order into every unit's counters.
    private enum RunCount
    {
        UnitsInVectors,
        Sorted,
        Scattered,
    }

    private static RunCount HowCounted(Query query, ExtraKeys? keys) =>
        !query.Table.IsSortedByUnit ? RunCount.Scattered
        : query.Kernel != Kernels.Scalar && (keys?.Values ?? 1) <= MaxGroups ? RunCount.UnitsInVectors
        : RunCount.Sorted;

    // The query of a run of consecutive periods, and the groups of the optional facts the table holds.
    private static (Query Query, ExtraKeys? Keys) RunQuery(DossierTable table, ReportingPeriod[] all, List<int> run, ClassificationPolicy policy, Kernels kernel)
    {
        int m = run.Count;
        int dayBase = DayNumber.Of(all[run[0]].First) - 1;
        int lastDay = DayNumber.Of(all[run[^1]].Last);
        // periodOf[day - dayBase]: -1 before the run, the period's index in it, m after it.
        var periodOf = new int[lastDay - dayBase + 2];
        periodOf[0] = -1;
        periodOf[^1] = m;
        for (int k = 0; k < m; k++)
        {
            int first = DayNumber.Of(all[run[k]].First) - dayBase, last = DayNumber.Of(all[run[k]].Last) - dayBase;
            periodOf.AsSpan(first, last - first + 1).Fill(k);
        }
        return (new Query(table, periodOf, dayBase, m, FlagEntries(policy), kernel, run), ExtraKeys.Of(table.ExtrasSeen));
    }

    /// <summary>
    /// The method that counts <paramref name="table"/>'s rows for each run of consecutive periods among
    /// <paramref name="periods"/>, as <see cref="Count(DossierTable, IEnumerable{ReportingPeriod}, ClassificationPolicy?, int, int, Kernels)"/>
    /// chooses it with kernels up to <paramref name="widest"/>: a unit kernel's name (with its type
    /// arguments), <c>VectorKernel</c> (AVX2), <c>CountSorted</c> (scalar, sorted) or <c>CountScattered</c>.
    /// For the tests that pin that a count uses the widest kernel the processor and the periods allow,
    /// which its results, equal for every kernel, cannot show. The classification policy is the default
    /// one: a policy changes the flags' entries, never which kernel counts.
    /// </summary>
    internal static string[] UnitKernelNames(DossierTable table, IEnumerable<ReportingPeriod> periods, Kernels widest)
    {
        var all = PartialCounts.Canonical(periods);
        return [.. Runs(all).Select(run =>
        {
            var (query, keys) = RunQuery(table, all, run, ClassificationPolicy.Default, Supported(widest));
            return HowCounted(query, keys) switch
            {
                RunCount.UnitsInVectors => NameOf(UnitKernelOf(VectorQueryOf(query, keys)).Method),
                RunCount.Sorted => nameof(CountSorted),
                _ => nameof(CountScattered),
            };
        })];

        static string NameOf(System.Reflection.MethodInfo method) =>
            method.IsGenericMethod ? $"{method.Name}<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : method.Name;
    }

    // Rows in any unit order: per-thread counters for every unit, merged at the end.
    private static void CountScattered(Query query, int threads, Cells cells)
    {
        cells.Populate();
        int units = query.Table.UnitCodes.Count;
        int stride = query.Stride;
        int rows = query.Table.Count;
        var partials = new int[threads][];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var counters = new int[units * stride];
            int from = (int)((long)rows * t / threads), to = (int)((long)rows * (t + 1) / threads);
            Kernel<ScatteredUnits>(query, from, to, counters);
            partials[t] = counters;
        });

        var total = new long[units * stride];
        foreach (var counters in partials)
        {
            Accumulate(counters, total);
        }
        for (int u = 0; u < units; u++)
        {
            cells.Write(total.AsSpan(u * stride, stride), u, query.Run);
        }
    }

    // Rows sorted by unit: each thread takes whole units and counts one unit at a time in a block
    // of (m + 1) × 12 counters that stays in the first-level cache; nothing to merge.
    private static void CountSorted(Query query, int threads, Cells cells)
    {
        cells.Populate();
        var runs = query.Table.UnitRuns();
        var bounds = SplitRuns(runs.Starts, threads);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var block = new int[query.Stride];
            var sums = new long[query.Stride];
            for (int r = bounds[t]; r < bounds[t + 1]; r++)
            {
                Array.Clear(block);
                Kernel<OneUnit>(query, runs.Starts[r], runs.Starts[r + 1], block);
                Array.Clear(sums);
                Accumulate(block, sums);
                cells.Write(sums, runs.Units[r], query.Run);
            }
        });
    }

    /// <summary>Thread t takes the runs [bounds[t], bounds[t + 1]): about the same number of rows each, whole runs.</summary>
    private static int[] SplitRuns(int[] starts, int threads)
    {
        int runCount = starts.Length - 1;
        var bounds = new int[threads + 1];
        bounds[threads] = runCount;
        for (int t = 1; t < threads; t++)
        {
            long row = (long)starts[runCount] * t / threads;
            int r = Array.BinarySearch(starts, 0, runCount, (int)row);
            bounds[t] = Math.Max(r < 0 ? ~r : r, bounds[t - 1]);
        }
        return bounds;
    }

    /// <summary>
    /// Adds int counters (any whole number of 12-counter slots) to long sums, decoding each slot's
    /// shared 64-bit counter V = notDue + 2^32 × overdue into its two deltas (elements 10 and 11 of the sums).
    /// </summary>
    private static void Accumulate(ReadOnlySpan<int> counters, Span<long> sums)
    {
        for (int slot = 0; slot < counters.Length; slot += CounterCount)
        {
            for (int i = 0; i < OpenDeltas; i++)
            {
                sums[slot + i] += counters[slot + i];
            }
            long deltas = MemoryMarshal.Read<long>(MemoryMarshal.AsBytes(counters.Slice(slot + OpenDeltas, 2)));
            long notDue = (int)deltas; // the low half, sign-extended: |notDue| < 2^31
            sums[slot + OpenDeltas] += notDue;
            sums[slot + OpenDeltas + 1] += (deltas - notDue) >> 32;
        }
    }

    /// <summary>
    /// Where the counts go: <paramref name="Values"/>[rank of the unit × periods + period], and
    /// whether a unit (by rank) has any count, so that empty units are dropped without a scan.
    /// </summary>
    private sealed record Cells(int Periods, int[] Ranks, CountCell[] Values, bool[] Counted)
    {
        private int populated;

        /// <summary>Faults the cells' pages in (<see cref="CellMemory.Populate{T}"/>), the first time only; safe while other threads write cells.</summary>
        public void Populate()
        {
            if (Interlocked.Exchange(ref populated, 1) == 0)
            {
                CellMemory.Populate(Values);
            }
        }

        /// <summary>
        /// Turns one unit's counters into counts (prefix sums of the open ranges) for each period of
        /// <paramref name="run"/>, with the counts of optional facts of <paramref name="extras"/>
        /// (<see cref="ExtraKeys.CountStride"/> per period of the run, <see cref="DossierCounts.ExtraCount"/> used) when it is not empty.
        /// </summary>
        public void Write(ReadOnlySpan<long> counters, int unit, List<int> run, ReadOnlySpan<long> extras = default)
        {
            // Counters outside slot m are never read; all of them zero means every count is zero
            // (a difference array that is not all zero has a positive prefix sum), so the cells are set to zero.
            int row = Ranks[unit] * Periods;
            if (!counters[..(run.Count * CounterCount)].ContainsAnyExcept(0L))
            {
                foreach (int period in run)
                {
                    Values[row + period] = default;
                }
                return;
            }
            Counted[Ranks[unit]] = true;
            long openNotDue = 0, openOverdue = 0;
            for (int k = 0; k < run.Count; k++)
            {
                var c = counters.Slice(k * CounterCount, CounterCount);
                openNotDue += c[OpenDeltas];
                openOverdue += c[OpenDeltas + 1];
                Values[row + run[k]].Set(
                    receivedOnline: c[ReceivedDirect + (int)DossierChannel.Online],
                    receivedDirect: c[ReceivedDirect + (int)DossierChannel.Direct],
                    receivedPostal: c[ReceivedDirect + (int)DossierChannel.Postal],
                    resolvedEarly: c[FinishedResolvedEarly],
                    resolvedOnTime: c[FinishedResolvedOnTime],
                    resolvedLate: c[FinishedResolvedLate],
                    withdrawn: c[FinishedWithdrawn] + c[FinishedWithdrawn + 1],
                    stopped: c[FinishedStopped] + c[FinishedStopped + 1],
                    openNotDue: openNotDue,
                    openOverdue: openOverdue,
                    handledOnTime: c[FinishedResolvedEarly] + c[FinishedResolvedOnTime] + c[FinishedWithdrawn] + c[FinishedStopped] + openNotDue,
                    extraCounts: extras.IsEmpty ? default : extras.Slice(k * ExtraKeys.CountStride, DossierCounts.ExtraCount));
            }
        }
    }

    /// <summary>What a kernel needs besides the rows and the counters.</summary>
    private sealed record Query(DossierTable Table, int[] PeriodOf, int DayBase, int M, int[] FlagEntries, Kernels Kernel, List<int> Run)
    {
        /// <summary>Counters per unit: 12 per period slot, the last slot (m) for "outside the run".</summary>
        public int Stride => (M + 1) * CounterCount;
    }

    /// <summary>Where a row's unit block starts in the counters.</summary>
    private interface IUnitBlocks
    {
        static abstract int Offset(ref int units, int row, int stride);
    }

    /// <summary>Counters for every unit, a block per unit ordinal.</summary>
    private readonly struct ScatteredUnits : IUnitBlocks
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Offset(ref int units, int row, int stride) => Unsafe.Add(ref units, row) * stride;
    }

    /// <summary>The counters of one unit: every row of the range belongs to it, so the unit column is not read.</summary>
    private readonly struct OneUnit : IUnitBlocks
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Offset(ref int units, int row, int stride) => 0;
    }

    /// <summary>
    /// The hot loop, over rows [from, to). Per dossier: the periods of receipt (r), finish (f) and
    /// due threshold (e); one receipt count at r, one finish count at f, and the open periods
    /// [s, o) split at the first overdue one, q, as two ranges in difference arrays. Out-of-range
    /// periods land in slot m, which is never read. No data-dependent branches. Specialised per
    /// <typeparamref name="TUnits"/> (a struct), so the unit addressing costs nothing when it is 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel<TUnits>(Query query, int from, int to, int[] counters)
        where TUnits : struct, IUnitBlocks
    {
        var table = query.Table;
        // Element references instead of indexed spans: the indices are in range by construction
        // (rows < Count; period lookups clamped to [0, last]; flags < FlagCombinations; counter
        // slots within the unit's stride), so the bounds checks are dropped from the hot loop.
        ref int units = ref MemoryMarshal.GetReference(table.Units);
        ref int received = ref MemoryMarshal.GetReference(table.ReceivedDays);
        ref int finished = ref MemoryMarshal.GetReference(table.FinishDays);
        ref int dueKeys = ref MemoryMarshal.GetReference(table.DueKeys);
        ref ushort flags = ref MemoryMarshal.GetReference(table.Flags);
        ref int period = ref MemoryMarshal.GetArrayDataReference(query.PeriodOf);
        ref int flagEntries = ref MemoryMarshal.GetArrayDataReference(query.FlagEntries);
        ref int c = ref MemoryMarshal.GetArrayDataReference(counters);
        int lastIndex = query.PeriodOf.Length - 1;
        int m = query.M, dayBase = query.DayBase;
        int stride = query.Stride;
        for (int i = from; i < to; i++)
        {
            int flag = Unsafe.Add(ref flags, i);
            int entry = Unsafe.Add(ref flagEntries, flag);
            int pR = Unsafe.Add(ref period, Math.Min(Math.Max(Unsafe.Add(ref received, i) - dayBase, 0), lastIndex));
            int pFinish = Unsafe.Add(ref period, Math.Min(Math.Max(Unsafe.Add(ref finished, i) - dayBase, 0), lastIndex));
            int pF = m + ((pFinish - m) & Mask(entry, FinalBit));                 // m when not final
            int s = Math.Max(pR, 0);                                                         // first period in scope
            int o = Math.Max(Math.Min(pF, m), s);                                            // open in [s, o)
            int dueThreshold = (Unsafe.Add(ref dueKeys, i) + 1) >> 1;                        // E > due ⟺ E's day ≥ this
            int pE = Math.Max(Unsafe.Add(ref period, Math.Min(Math.Max(dueThreshold - dayBase, 0), lastIndex)), 0);
            int pDue = (pE & Mask(entry, KeepDuePeriodBit)) | (m & Mask(entry, NeverDueBit)); // first overdue period
            int q = Math.Min(Math.Max(pDue, s), o);
            int slotR = (uint)pR < (uint)m ? pR : m;
            int slotF = (uint)pF < (uint)m ? pF : m;
            ref int unit = ref Unsafe.Add(ref c, TUnits.Offset(ref units, i, stride));
            Unsafe.Add(ref unit, (slotR * CounterCount) + ((flag >> DossierTable.ChannelShift) & 3))++;
            Unsafe.Add(ref unit, (slotF * CounterCount) + (entry >> FinishCounterShift))++;
            Unsafe.As<int, long>(ref Unsafe.Add(ref unit, (s * CounterCount) + OpenDeltas)) += Open;
            Unsafe.As<int, long>(ref Unsafe.Add(ref unit, (q * CounterCount) + OpenDeltas)) += TurnOverdue;
            Unsafe.As<int, long>(ref Unsafe.Add(ref unit, (o * CounterCount) + OpenDeltas)) += CloseOverdue;
        }
    }

    // A flag entry: what the 9 flag bits mean under the policy, so that the kernels need no branch on them.
    private const int FinalBit = 0;              // final: the finish period counts
    private const int KeepDuePeriodBit = 1;      // overdue from the period of the due threshold
    private const int NeverDueBit = 2;           // never overdue (slot m)
    private const int FinishCounterShift = 3;    // bits 3–6: the finish counter

    /// <summary>
    /// The entry of each of the 9-bit flag combinations under <paramref name="policy"/>: the
    /// decisions of <see cref="DossierClassifier"/> on the facts each combination stores
    /// (<see cref="DossierTable.Facts(int)"/>), tabulated so that the kernels need no branch.
    /// </summary>
    private static int[] FlagEntries(ClassificationPolicy policy)
    {
        var entries = new int[DossierTable.FlagCombinations];
        for (int flag = 0; flag < entries.Length; flag++)
        {
            var facts = DossierTable.Facts(flag);
            bool late = DossierClassifier.FinishedTimeliness(facts, policy) == Timeliness.Late;
            int finishCounter = DossierClassifier.Outcome(facts.Status) switch
            {
                DossierOutcome.Withdrawn => FinishedWithdrawn + (late ? 1 : 0),
                DossierOutcome.Stopped => FinishedStopped + (late ? 1 : 0),
                _ => DossierClassifier.FinishedTimeliness(facts, policy) switch
                {
                    Timeliness.Late => FinishedResolvedLate,
                    Timeliness.Early => FinishedResolvedEarly,
                    _ => FinishedResolvedOnTime,
                },
            };
            // Open at E: overdue in every period (whatever E), in none, or from the first period
            // whose end is past the due time.
            bool always = DossierClassifier.OverdueAtEnd(facts, endPastDue: false, policy);
            bool never = !DossierClassifier.OverdueAtEnd(facts, endPastDue: true, policy);
            entries[flag] = ((facts.Status.IsFinal() ? 1 : 0) << FinalBit) | ((always || never ? 0 : 1) << KeepDuePeriodBit)
                | ((never ? 1 : 0) << NeverDueBit) | (finishCounter << FinishCounterShift);
        }
        return entries;
    }

    /// <summary>−1 when bit <paramref name="bit"/> of <paramref name="entry"/> is set, else 0: a mask for branch-free selection.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mask(int entry, int bit) => -((entry >> bit) & 1);
}
