using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Data;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Indicators;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The DuckDB engine over a folder of CSV files gives the in-process engine's numbers on the same
/// rows: every group's counts, the rows read and rejected, for unit and level grouping and several
/// periods counted in one pass — on exports with every kind of bad row (the differential property
/// that holds the SQL to the rules of docs/specification.md §3 and §4).
/// </summary>
public sealed class DuckDbDossierEngineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reform-duckdb-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A read policy the SQL does not apply is refused when the engine is made, naming it — never counted the default way.</summary>
    [Theory]
    [InlineData("midnight")]
    [InlineData("dates")]
    public void Create_WithAReadPolicyTheSqlDoesNotApply_Refused(string member)
    {
        var policy = member switch
        {
            "midnight" => Dossiers.DossierReadPolicy.Default with { MidnightDueIsEndOfDay = false },
            _ => Dossiers.DossierReadPolicy.Default with { DateOrder = Calendars.DateOrder.MonthDayYear },
        };
        string file = Path.Combine(folder, "any.csv");
        File.WriteAllText(file, "dossier_id\n");
        var error = Assert.Throws<ArgumentException>(() => new DuckDbDossierEngine([file], readPolicy: policy));
        Assert.Equal("readPolicy", error.ParamName);
        Assert.Contains("do not apply", error.Message, StringComparison.Ordinal);
        // The end point is applied: either is accepted.
        _ = new DuckDbDossierEngine([file], readPolicy: Dossiers.DossierReadPolicy.Default with { EndPoint = Dossiers.EndPoint.Returned });
    }

    [Property(MaxTest = 20)]
    public Property Count_CsvFolderWithBadRows_EqualsMemoryEngine() =>
        Prop.ForAll(CoreGenerators.Dossiers(), Gen.Zip(CoreGenerators.Periods().Generator, CoreGenerators.Periods().Generator).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, twoPeriods, seed) =>
        {
            var (a, b) = twoPeriods;
            var rows = ExportRows.Generate(dossiers, seed);
            string run = Path.Combine(folder, Guid.NewGuid().ToString("N"));
            ExportRows.Row.WriteCsv(rows, Path.Combine(run, "csv"), perFile: 1 + (rows.Length / (1 + (seed % 6))));
            ReportingPeriod[] periods = a.Name == b.Name ? [a] : [a, b];
            // Without units every unit counts; with them (level grouping) rows of other units are rejected.
            var byUnit = new DuckDbDossierEngine([Path.Combine(run, "csv")], procedures: ExportRows.Procedures).Count(periods);
            var byLevel = new DuckDbDossierEngine([Path.Combine(run, "csv")], procedures: ExportRows.Procedures, units: ExportRows.Units).Count(periods);
            var differences = periods.SelectMany(p => new[] { (GroupBy.Unit, byUnit), (GroupBy.Level, byLevel) }.SelectMany(g =>
                ExportRows.Differences(ExportRows.Memory(rows, Path.Combine(run, "all.parquet"), p, g.Item1), g.Item2, p, g.Item1))).ToList();
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
        });

    /// <summary>
    /// Monthly snapshots (docs/specification.md §9.9): every dossier repeated with a later <c>updated_at</c> and a changed state,
    /// some updates missing or tied, read with <c>--repeats latest</c> — the SQL keeps, supersedes and rejects the rows the memory engine does.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property Count_SnapshotsWithRepeatsLatest_EqualsMemoryEngine() =>
        Prop.ForAll(CoreGenerators.Dossiers(), CoreGenerators.Periods(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, period, seed) =>
        {
            var random = new Random(seed);
            var first = ExportRows.Generate(dossiers, seed);
            var snapshots = first.Concat(first.Where(_ => random.Next(2) == 0).Select(r => r with
            {
                Channel = random.Next(3) == 0 ? "postal" : r.Channel,
                Status = random.Next(2) == 0 ? "completed" : r.Status,
                Finished = r.Received?.AddDays(random.Next(1, 30)),
            })).Select(r => r with { Updated = random.Next(4) switch { 0 => null, 1 => new DateTime(2023, 1, 1), _ => new DateTime(2022, 1, 1).AddDays(random.Next(0, 700)) } }).ToArray();
            string run = Path.Combine(folder, Guid.NewGuid().ToString("N"));
            ExportRows.Row.WriteCsv(snapshots, Path.Combine(run, "csv"), perFile: 1 + (snapshots.Length / (1 + (seed % 4))));
            string parquet = Path.Combine(run, "all.parquet");
            ExportRows.Row.WriteParquet(snapshots, parquet);
            var latest = Dossiers.DossierReadPolicy.Default with { Repeats = Dossiers.RepeatsPolicy.Latest };
            var memory = DossierFile.Report(parquet, period, GroupBy.Unit, options: ExportRows.ReadOptions with { Policy = latest });
            var engine = new DuckDbDossierEngine([Path.Combine(run, "csv")], procedures: ExportRows.Procedures, readPolicy: latest).Count([period]);
            var differences = ExportRows.Differences(memory, engine, period, GroupBy.Unit);
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
        });
}
