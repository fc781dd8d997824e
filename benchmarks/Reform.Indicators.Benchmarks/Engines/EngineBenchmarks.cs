using System.Globalization;
using BenchmarkDotNet.Attributes;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Benchmarks.Engines;

/// <summary>
/// The same report — every rule of docs/specification.md §3 and §4, grouped by unit — from the
/// same file, computed by the in-process engine (<c>--engine memory</c>) and by the DuckDB engine
/// (<c>--engine duckdb</c>), for a Parquet and a CSV file of the national sample.
/// </summary>
/// <remarks>
/// Sizes come from <c>REFORM_BENCH_SIZES</c> (comma-separated, default 1,000,000). The set-up checks,
/// outside the timed region, that both engines give the same groups and the same rows read and
/// rejected on the file, or the run stops.
/// </remarks>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string directory = "", csv = "", parquet = "";
    private NationalSample sample = null!;
    private DossierReadOptions options = null!;

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("REFORM_BENCH_SIZES") ?? "1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("reform-engine-bench-").FullName;
        sample = NationalSample.Create(2022, Dossiers);
        csv = Path.Combine(directory, "dossiers.csv");
        parquet = Path.Combine(directory, "dossiers.parquet");
        DossierFile.Write(sample.Dossiers(), csv);
        DossierFile.Write(sample.Dossiers(), parquet);
        options = new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) };
        foreach (string file in new[] { parquet, csv })
        {
            var memory = Memory(file);
            var duck = DuckDb(file);
            string ours = string.Join("\n", memory.Report.Groups.Select(g => g.Key + " " + g.Counts));
            string theirs = string.Join("\n", duck.Groups.Select(g => g.Key + " " + g.Counts));
            if (ours != theirs || memory.Report.Groups.Count == 0)
            {
                throw new InvalidOperationException($"The DuckDB engine's report differs from the memory engine's on {Path.GetFileName(file)}.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("parquet")]
    public int Memory_Parquet() => Memory(parquet).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("parquet")]
    public int DuckDb_Parquet() => DuckDb(parquet).Groups.Count;

    [Benchmark]
    [BenchmarkCategory("csv")]
    public int Memory_Csv() => Memory(csv).Report.Groups.Count;

    [Benchmark]
    [BenchmarkCategory("csv")]
    public int DuckDb_Csv() => DuckDb(csv).Groups.Count;

    private DossierFileReport Memory(string file) => DossierFile.Report(file, sample.Period, GroupBy.Unit, options: options);

    private IndicatorReport DuckDb(string file) =>
        new DuckDbDossierEngine([file], procedures: sample.Procedures).Count([sample.Period]).Report(sample.Period, GroupBy.Unit);
}
