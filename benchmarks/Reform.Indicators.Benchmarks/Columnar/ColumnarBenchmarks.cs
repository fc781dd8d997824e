using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Benchmarks.Columnar;

/// <summary>
/// The full count set of docs/specification.md §4 per unit per month of 2022 (12 consecutive periods,
/// carried-over dossiers counting in every month they span) over the national sample: the columnar
/// engine against DuckDB (natural and tuned SQL) and, up to 10M dossiers, the simple record path
/// and LINQ. Inputs are built in the setup; DuckDB's table is loaded with its appender there.
/// </summary>
/// <remarks>
/// Sizes come from the environment variable <c>REFORM_BENCH_SIZES</c> (comma-separated) when set,
/// else 1M, 10M and 100M. The record peers hold every dossier as an object, so they refuse sizes
/// above 10M (filter them out for the 100M run).
/// </remarks>
[MemoryDiagnoser]
public class ColumnarBenchmarks
{
    private const int MaxRecords = 10_000_000;

    private static readonly ReportingPeriod[] Months = [.. Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2022, m))];

    private NationalSample sample = null!;
    private DossierTable table = null!;
    private DossierTable sortedTable = null!;
    private Dossier[] records = null!;
    private DuckDBConnection duck = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("REFORM_BENCH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s.Trim().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
            : [1_000_000, 10_000_000, 100_000_000];

    [GlobalSetup(Targets = [nameof(Columnar), nameof(Columnar1Thread)])]
    public void SetupColumnar()
    {
        sample = NationalSample.Create(2022, N);
        table = sample.ToTable();
    }

    [GlobalSetup(Targets = [nameof(ColumnarSorted), nameof(ColumnarSorted1Thread), nameof(BandwidthFloor)])]
    public void SetupColumnarSorted()
    {
        SetupColumnar();
        sortedTable = table;
        sortedTable.SortByUnit(); // once at ingest, outside the timed region
    }

    [GlobalSetup(Targets = [nameof(SimplePath), nameof(Linq)])]
    public void SetupRecords()
    {
        if (N > MaxRecords)
        {
            throw new NotSupportedException($"The record peers hold every dossier as an object; {N:N0} would not fit. Filter them out above {MaxRecords:N0}.");
        }
        sample = NationalSample.Create(2022, N);
        records = [.. sample.Dossiers()];
    }

    [GlobalSetup(Targets = [nameof(DuckDbNatural), nameof(DuckDbTuned)])]
    public void SetupDuckDb()
    {
        SetupColumnar();
        duck = DuckDbPeer.Load(table);
        // The peer must compute the same thing: compare monthly national totals with the engine's.
        var expected = ColumnarIndicators.Count(table, Months);
        foreach (bool tuned in new[] { false, true })
        {
            var totals = DuckDbPeer.MonthlyTotals(duck, tuned);
            for (int k = 0; k < 12; k++)
            {
                var e = expected.Total(Months[k]);
                long[] want = [e.ReceivedDirect, e.ReceivedOnline, e.ReceivedPostal, e.ResolvedEarly, e.ResolvedOnTime, e.ResolvedLate,
                    e.Withdrawn, e.Stopped, e.OpenNotDue, e.OpenOverdue];
                if (!want.SequenceEqual(totals[k]))
                {
                    throw new InvalidOperationException($"DuckDB ({(tuned ? "tuned" : "natural")}) differs in {Months[k].Name}: [{string.Join(",", totals[k])}] vs [{string.Join(",", want)}].");
                }
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        duck?.Dispose();
        table = null!;
        sortedTable = null!;
        records = null!;
    }

    [Benchmark(Description = "columnar, all cores")]
    public PartialCounts Columnar() => ColumnarIndicators.Count(table, Months);

    [Benchmark(Description = "columnar, 1 thread")]
    public PartialCounts Columnar1Thread() => ColumnarIndicators.Count(table, Months, maxDegreeOfParallelism: 1);

    [Benchmark(Description = "columnar, sorted by unit, all cores")]
    public PartialCounts ColumnarSorted() => ColumnarIndicators.Count(sortedTable, Months);

    [Benchmark(Description = "columnar, sorted by unit, 1 thread")]
    public PartialCounts ColumnarSorted1Thread() => ColumnarIndicators.Count(sortedTable, Months, maxDegreeOfParallelism: 1);

    /// <summary>
    /// The memory-bandwidth floor for the sorted kernel's input on this machine, in the same run:
    /// the 14 bytes per row it reads (receipt day, finish day, due key, flags; a sorted table knows
    /// its runs of units, so the unit column is not read), and the optional facts' byte when the
    /// table holds them (the national sample does: 15 bytes), summed with vector loads on all cores
    /// and nothing else.
    /// </summary>
    [Benchmark(Description = "floor: read the same 14-15 bytes per row, all cores")]
    public long BandwidthFloor()
    {
        var t = sortedTable;
        int threads = Environment.ProcessorCount;
        var sums = new long[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            int from = (int)((long)t.Count * k / threads), to = (int)((long)t.Count * (k + 1) / threads);
            sums[k] = Sum(t.ReceivedDays[from..to]) + Sum(t.FinishDays[from..to]) + Sum(t.DueKeys[from..to])
                + Sum(System.Runtime.InteropServices.MemoryMarshal.Cast<ushort, short>(t.Flags[from..to]))
                + (t.Extras.IsEmpty ? 0 : Sum(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(t.Extras[from..to])));
        });
        return sums.Sum();

        static long Sum<T>(ReadOnlySpan<T> values)
            where T : struct, System.Numerics.INumber<T>
        {
            var acc = System.Numerics.Vector<T>.Zero;
            var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<T, System.Numerics.Vector<T>>(values);
            foreach (var v in vectors)
            {
                acc += v; // wraps; only the reading matters
            }
            return long.CreateTruncating(System.Numerics.Vector.Sum(acc));
        }
    }

    [Benchmark(Description = "DuckDB, natural SQL")]
    public long DuckDbNatural() => DuckDbPeer.PerUnitPerMonth(duck, tuned: false);

    [Benchmark(Description = "DuckDB, tuned")]
    public long DuckDbTuned() => DuckDbPeer.PerUnitPerMonth(duck, tuned: true);

    [Benchmark(Description = "simple record path")]
    public IReadOnlyDictionary<string, DossierCounts>[] SimplePath() =>
        [.. Months.Select(month => DossierIndicators.CountByUnit(records, month))];

    [Benchmark(Description = "LINQ GroupBy over records")]
    public Dictionary<string, DossierCounts>[] Linq() =>
        [.. Months.Select(month => records
            .Select(d => (d.UnitCode, Counts: DossierCounts.Of(DossierClassifier.Classify(d, month), d.Channel)))
            .Where(x => x.Counts.InScope > 0)
            .GroupBy(x => x.UnitCode)
            .ToDictionary(g => g.Key, g => g.Aggregate(default(DossierCounts), (sum, x) => sum + x.Counts)))];
}
