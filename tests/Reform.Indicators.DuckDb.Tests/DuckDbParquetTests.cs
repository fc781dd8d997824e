using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Samples;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The DuckDB engine reading typed Parquet files (timestamps, an integer count) gives the in-process
/// reader's report: on files with every kind of bad row, at the boundaries of the deadline rules, and on
/// the national sample. It is also the benchmarks' "DuckDB computing our report", so a difference here
/// would make that comparison false. (The CSV folders and lakes are in <see cref="DuckDbDossierEngineTests"/>.)
/// </summary>
public sealed class DuckDbParquetTests : IDisposable
{
    private static readonly ProcedureCatalogue Catalogue = new(
    [
        new AdministrativeProcedure("1.000001", "One working day", TimeLimit.WorkingDays(1)),
        new AdministrativeProcedure("1.000002", "Five working days", TimeLimit.WorkingDays(5)),
        new AdministrativeProcedure("1.000003", "Three days", TimeLimit.Days(3)),
        new AdministrativeProcedure("1.000004", "Fifteen days", TimeLimit.Days(15)),
        new AdministrativeProcedure("1.000005", "One hour", TimeLimit.Hours(1)),
        new AdministrativeProcedure("1.000006", "Four hours", TimeLimit.Hours(4)),
        new AdministrativeProcedure("1.000007", "Eight hours", TimeLimit.Hours(8)),
        new AdministrativeProcedure("1.000008", "Forty hours", TimeLimit.Hours(40)),
        new AdministrativeProcedure("1.000009", "Five hours", TimeLimit.Hours(5)),
    ]);

    private static readonly string[] ProcedureCodes = [.. Catalogue.Procedures.Select(p => p.Code), "9.999999"];

    private readonly string folder = Directory.CreateTempSubdirectory("reform-duckdb-parquet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Property(MaxTest = 40)]
    public Property Count_TypedParquetWithBadRows_EqualsMemoryEngine() =>
        Prop.ForAll(CoreGenerators.Dossiers(), CoreGenerators.Periods(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, period, seed) =>
        {
            var rows = ExportRows.Generate(dossiers, seed);
            string path = Path.Combine(folder, $"p{Guid.NewGuid():N}.parquet");
            var memory = ExportRows.Memory(rows, path, period, GroupBy.Unit);
            var engine = new DuckDbDossierEngine([path], procedures: ExportRows.Procedures).Count([period]);
            var differences = ExportRows.Differences(memory, engine, period, GroupBy.Unit);
            Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
        });

    /// <summary>
    /// The boundaries of the deadline rules, every one against every procedure: receipts just
    /// before and at the 15:00 cut-off and the office sessions' ends, at midnight and the last
    /// microsecond of a day, on a Saturday, a public holiday and a make-up working Saturday;
    /// limits in hours that end exactly at 11:30 or 17:00; finishes and supplementation requests
    /// at the last microsecond of a day, against deadlines at the end of a day.
    /// </summary>
    [Fact]
    public void Count_TypedParquetAtTheDeadlineBoundaries_EqualsMemoryEngine()
    {
        var calendar = WorkingCalendar.Vietnam;
        var makeUpSaturday = Enumerable.Range(0, 5 * 366).Select(i => new LocalDate(2020, 1, 1).PlusDays(i))
            .First(d => d.DayOfWeek == IsoDayOfWeek.Saturday && calendar.IsWorkingDay(d));
        LocalDate[] dates =
        [
            new(2022, 3, 16), new(2022, 4, 8), new(2022, 4, 9), new(2022, 9, 2), new(2022, 1, 28), new(2021, 12, 31), makeUpSaturday,
        ];
        LocalTime[] times =
        [
            LocalTime.Midnight, new(7, 29, 59), new(7, 30), new(9, 0), new(10, 0), new(11, 30), new(12, 0), new(13, 30),
            LocalTime.FromHourMinuteSecondMillisecondTick(14, 59, 59, 999, 9990), new(15, 0), new(16, 59), new(17, 0),
            LocalTime.FromHourMinuteSecondMillisecondTick(23, 59, 59, 999, 9990),
        ];
        static DateTime At(LocalDate date, LocalTime time) => date.At(time).ToDateTimeUnspecified();
        var endOfDay = LocalTime.FromHourMinuteSecondMillisecondTick(23, 59, 59, 999, 9990);
        LocalTime[] sessionEnds = [new(11, 30), new(11, 30, 1), new(13, 30), new(17, 0), new(17, 0, 1)];
        var rows = new List<ExportRows.Row>();
        int n = 0;
        foreach (var date in dates)
        {
            foreach (var time in times)
            {
                foreach (var procedure in ProcedureCodes)
                {
                    var received = At(date, time);
                    foreach (int days in new[] { 0, 1, 3, 7, 20, 60 })
                    {
                        var finished = At(date.PlusDays(days), days == 0 ? time : endOfDay);
                        rows.Add(new ExportRows.Row($"B{n++}", "01", procedure, "online", received, null, finished, "completed", 0, null));
                        rows.Add(new ExportRows.Row($"B{n++}", "24", procedure, "direct", received, null, null, days % 2 == 0 ? "processing" : "awaiting_supplement", days % 3,
                            days % 2 == 0 ? null : At(date.PlusDays(days), endOfDay)));
                    }
                    // Finishes about the office sessions' ends, where a deadline in hours falls.
                    foreach (var finish in sessionEnds.SelectMany(t => new[] { At(date, t), At(date.PlusDays(1), t), At(date.PlusDays(3), t) }).Where(f => f >= received))
                    {
                        rows.Add(new ExportRows.Row($"B{n++}", "79", procedure, "postal", received, null, finish, "refused", 0, null));
                    }
                }
            }
        }
        string path = Path.Combine(folder, "boundaries.parquet");
        ExportRows.Row.WriteParquet(rows, path);
        foreach (var period in new[] { "2022", "2022-04", "2021-12", "2022-01-01..2022-01-31" })
        {
            AssertSame(path, ReportingPeriod.Parse(period), Catalogue);
        }
    }

    [Fact]
    public void Count_NationalSampleAsParquet_EqualsMemoryEngine()
    {
        var sample = NationalSample.Create(2022, 30_000);
        string path = Path.Combine(folder, "sample.parquet");
        DossierFile.Write(sample.Dossiers(), path);
        var memory = DossierFile.Report(path, sample.Period, GroupBy.Unit,
            options: new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam), Procedures = sample.Procedures });
        Assert.Equal(30_000, memory.RowsRead);
        Assert.True(memory.AcceptedRows > 29_000, "the sample's rows are accepted");
        var engine = new DuckDbDossierEngine([path], procedures: sample.Procedures).Count([sample.Period]);
        var differences = ExportRows.Differences(memory, engine, sample.Period, GroupBy.Unit);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
    }

    private static void AssertSame(string path, ReportingPeriod period, ProcedureCatalogue procedures)
    {
        var memory = DossierFile.Report(path, period, GroupBy.Unit, options: new DossierReadOptions { DueDates = procedures.DueDates(WorkingCalendar.Vietnam), Procedures = procedures });
        var engine = new DuckDbDossierEngine([path], procedures: procedures).Count([period]);
        var differences = ExportRows.Differences(memory, engine, period, GroupBy.Unit);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(6)));
    }
}
