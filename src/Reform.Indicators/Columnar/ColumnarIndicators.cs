using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Columnar;

/// <summary>
/// The columnar indicator path: the counts of INDICATORS.md §4 per (unit, period) from a
/// <see cref="DossierTable"/>, in one branch-free pass per run of consecutive periods, on all
/// cores, with per-thread counters merged at the end. Gives exactly the answers of
/// <see cref="DossierIndicators"/>.
/// </summary>
/// <remarks>
/// <para>Consecutive periods (the months or quarters of a year, for instance) are counted in one
/// pass: each dossier finds the period of its receipt, of its finish and of its due time, adds
/// one to its receipt and finish counters, and marks the periods it is open at the end of — as not
/// yet due, then overdue — as ranges in difference arrays, so a dossier carried over through many
/// periods costs no more than one that is not. Overlapping periods (a year and its months) take
/// one pass per run.</para>
/// </remarks>
/// <example>
/// <code>
/// var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m)).ToArray();
/// PartialCounts counts = ColumnarIndicators.Count(table, months);
/// IndicatorReport march = counts.Report(months[2], GroupBy.Level, registry);
/// </code>
/// </example>
public static class ColumnarIndicators
{
    // Counters per (unit, period slot): receipts by channel, finishes by outcome and lateness, and
    // the two difference arrays of the open ranges. Everything else is derived.
    private const int ReceivedDirect = 0;
    private const int FinishedResolvedEarly = 3;
    private const int FinishedResolvedOnTime = 4;
    private const int FinishedResolvedLate = 5;
    private const int FinishedWithdrawn = 6;       // +1 when late
    private const int FinishedStopped = 8;         // +1 when late
    private const int OpenNotDueDelta = 10;
    private const int OpenOverdueDelta = 11;
    private const int CounterCount = 12;

    /// <summary>The counts of <paramref name="table"/> in each of <paramref name="periods"/>, per unit.</summary>
    /// <param name="table">The dossiers.</param>
    /// <param name="periods">Any periods: months, quarters, years, custom ranges, overlapping or not.</param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; all cores when 0 or less.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static PartialCounts Count(DossierTable table, IEnumerable<ReportingPeriod> periods, ClassificationPolicy? policy = null, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(periods);
        var all = PartialCounts.Canonical(periods);
        int threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        var cells = new DossierCounts[table.UnitCodes.Count * all.Length];
        foreach (var run in Runs(all))
        {
            CountRun(table, all, run, policy ?? ClassificationPolicy.Default, threads, cells);
        }
        return PartialCounts.FromCells(all, [.. table.UnitCodes], cells);
    }

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
            var run = runs.FirstOrDefault(r => periods[r[^1]].Last.PlusDays(1) == periods[p].First);
            if (run is null)
            {
                runs.Add(run = []);
            }
            run.Add(p);
        }
        return runs;
    }

    private static void CountRun(DossierTable table, ReportingPeriod[] all, List<int> run, ClassificationPolicy policy, int threads, DossierCounts[] cells)
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
        var tables = FlagTables.For(policy);

        int units = table.UnitCodes.Count;
        int stride = (m + 1) * CounterCount;
        int rows = table.Count;
        threads = Math.Max(1, Math.Min(threads, (rows / 65_536) + 1));
        var partials = new int[threads][];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var counters = new int[units * stride];
            int from = (int)((long)rows * t / threads), to = (int)((long)rows * (t + 1) / threads);
            Kernel(table, from, to, periodOf, dayBase, m, tables, counters);
            partials[t] = counters;
        });

        // Merge the threads' counters, then turn them into counts (prefix sums of the open ranges).
        var total = new long[units * stride];
        foreach (var counters in partials)
        {
            for (int i = 0; i < total.Length; i++)
            {
                total[i] += counters[i];
            }
        }
        for (int u = 0; u < units; u++)
        {
            long openNotDue = 0, openOverdue = 0;
            for (int k = 0; k < m; k++)
            {
                var c = total.AsSpan((u * stride) + (k * CounterCount), CounterCount);
                openNotDue += c[OpenNotDueDelta];
                openOverdue += c[OpenOverdueDelta];
                long received = c[0] + c[1] + c[2];
                long resolved = c[FinishedResolvedEarly] + c[FinishedResolvedOnTime] + c[FinishedResolvedLate];
                long withdrawn = c[FinishedWithdrawn] + c[FinishedWithdrawn + 1];
                long stopped = c[FinishedStopped] + c[FinishedStopped + 1];
                long inScope = resolved + withdrawn + stopped + openNotDue + openOverdue;
                cells[(u * all.Length) + run[k]] = new DossierCounts
                {
                    InScope = inScope,
                    CarriedOver = inScope - received,
                    Received = received,
                    ReceivedDirect = c[ReceivedDirect + (int)DossierChannel.Direct],
                    ReceivedOnline = c[ReceivedDirect + (int)DossierChannel.Online],
                    ReceivedPostal = c[ReceivedDirect + (int)DossierChannel.Postal],
                    Resolved = resolved,
                    ResolvedEarly = c[FinishedResolvedEarly],
                    ResolvedOnTime = c[FinishedResolvedOnTime],
                    ResolvedLate = c[FinishedResolvedLate],
                    Withdrawn = withdrawn,
                    Stopped = stopped,
                    OpenNotDue = openNotDue,
                    OpenOverdue = openOverdue,
                    HandledOnTime = c[FinishedResolvedEarly] + c[FinishedResolvedOnTime] + c[FinishedWithdrawn] + c[FinishedStopped] + openNotDue,
                };
            }
        }
    }

    /// <summary>
    /// The hot loop, over rows [from, to). Per dossier: the periods of receipt (r), finish (f) and
    /// due threshold (e); one receipt count at r, one finish count at f, and the open periods
    /// [s, o) split at the first overdue one, q, as two ranges in difference arrays. Out-of-range
    /// periods land in slot m, which is never read. No data-dependent branches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel(DossierTable table, int from, int to, int[] periodOf, int dayBase, int m, FlagTables tables, int[] counters)
    {
        // Element references instead of indexed spans: the indices are in range by construction
        // (rows < Count; period lookups clamped to [0, last]; flags < FlagCombinations; counter
        // slots within the unit's stride), so the bounds checks are dropped from the hot loop.
        ref int units = ref MemoryMarshal.GetReference(table.Units);
        ref int received = ref MemoryMarshal.GetReference(table.ReceivedDays);
        ref int finished = ref MemoryMarshal.GetReference(table.FinishDays);
        ref int dueKeys = ref MemoryMarshal.GetReference(table.DueKeys);
        ref ushort flags = ref MemoryMarshal.GetReference(table.Flags);
        ref int period = ref MemoryMarshal.GetArrayDataReference(periodOf);
        ref int finalMask = ref MemoryMarshal.GetArrayDataReference(tables.FinalMask);
        ref int finishCounter = ref MemoryMarshal.GetArrayDataReference(tables.FinishCounter);
        ref int keepDuePeriod = ref MemoryMarshal.GetArrayDataReference(tables.KeepDuePeriod);
        ref int neverDue = ref MemoryMarshal.GetArrayDataReference(tables.NeverDue);
        ref int c = ref MemoryMarshal.GetArrayDataReference(counters);
        int lastIndex = periodOf.Length - 1;
        int stride = (m + 1) * CounterCount;
        for (int i = from; i < to; i++)
        {
            int flag = Unsafe.Add(ref flags, i);
            int pR = Unsafe.Add(ref period, Math.Min(Math.Max(Unsafe.Add(ref received, i) - dayBase, 0), lastIndex));
            int pFinish = Unsafe.Add(ref period, Math.Min(Math.Max(Unsafe.Add(ref finished, i) - dayBase, 0), lastIndex));
            int pF = m + ((pFinish - m) & Unsafe.Add(ref finalMask, flag));                 // m when not final
            int s = Math.Max(pR, 0);                                                         // first period in scope
            int o = Math.Max(Math.Min(pF, m), s);                                            // open in [s, o)
            int dueThreshold = (Unsafe.Add(ref dueKeys, i) + 1) >> 1;                        // E > due ⟺ E's day ≥ this
            int pE = Math.Max(Unsafe.Add(ref period, Math.Min(Math.Max(dueThreshold - dayBase, 0), lastIndex)), 0);
            int pDue = (pE & Unsafe.Add(ref keepDuePeriod, flag)) | (m & Unsafe.Add(ref neverDue, flag)); // first overdue period
            int q = Math.Min(Math.Max(pDue, s), o);
            int slotR = (uint)pR < (uint)m ? pR : m;
            int slotF = (uint)pF < (uint)m ? pF : m;
            ref int unit = ref Unsafe.Add(ref c, Unsafe.Add(ref units, i) * stride);
            Unsafe.Add(ref unit, (slotR * CounterCount) + ((flag >> DossierTable.ChannelShift) & 3))++;
            Unsafe.Add(ref unit, (slotF * CounterCount) + Unsafe.Add(ref finishCounter, flag))++;
            Unsafe.Add(ref unit, (s * CounterCount) + OpenNotDueDelta)++;
            Unsafe.Add(ref unit, (q * CounterCount) + OpenNotDueDelta)--;
            Unsafe.Add(ref unit, (q * CounterCount) + OpenOverdueDelta)++;
            Unsafe.Add(ref unit, (o * CounterCount) + OpenOverdueDelta)--;
        }
    }

    /// <summary>Per-query lookups by the 9 flag bits, so the kernel needs no branch on them.</summary>
    private sealed class FlagTables
    {
        public int[] FinalMask { get; } = new int[DossierTable.FlagCombinations];
        public int[] FinishCounter { get; } = new int[DossierTable.FlagCombinations];
        public int[] KeepDuePeriod { get; } = new int[DossierTable.FlagCombinations];
        public int[] NeverDue { get; } = new int[DossierTable.FlagCombinations];

        public static FlagTables For(ClassificationPolicy policy)
        {
            var tables = new FlagTables();
            for (int flag = 0; flag < DossierTable.FlagCombinations; flag++)
            {
                var status = (DossierStatus)(flag & DossierTable.StatusMask);
                // Decision 766/QĐ-TTg: more than one supplementation request makes it late (policy).
                bool tooMany = policy.MultipleSupplementRequestsAreLate && (flag & DossierTable.MultipleRequests) != 0;
                bool late = tooMany || (flag & DossierTable.FinishedAfterDue) != 0;
                bool early = !late && (flag & DossierTable.FinishedDateBeforeDueDate) != 0;
                tables.FinalMask[flag] = status.IsFinal() ? -1 : 0;
                tables.FinishCounter[flag] = status switch
                {
                    DossierStatus.Withdrawn => FinishedWithdrawn + (late ? 1 : 0),
                    DossierStatus.Stopped => FinishedStopped + (late ? 1 : 0),
                    _ => late ? FinishedResolvedLate : early ? FinishedResolvedEarly : FinishedResolvedOnTime,
                };
                // Open at E: overdue from the first period whose end is past the due time; always
                // with too many requests; never when awaiting a request made by the due time
                // (the clock stopped before the deadline, or E is before the request and so the deadline).
                bool never = !tooMany && status == DossierStatus.AwaitingSupplement && (flag & DossierTable.RequestAfterDue) == 0;
                tables.KeepDuePeriod[flag] = tooMany || never ? 0 : -1;
                tables.NeverDue[flag] = never ? -1 : 0;
            }
            return tables;
        }
    }
}
