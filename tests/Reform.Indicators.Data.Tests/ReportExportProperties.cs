using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MiniExcel = MiniExcelLibs.MiniExcel;
using ParquetSharp;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>The Parquet and Excel exports hold the report's numbers: read back with another reader, they are the long rows and the groups' rates.</summary>
public sealed class ReportExportProperties : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    private static ReportSeries Series(Reform.Indicators.Dossiers.Dossier[] dossiers, ReportingPeriod period, PeriodStep step) =>
        new([.. period.Every(step).Select(piece => DossierIndicators.Report(dossiers, piece, GroupBy.Unit))]);

    [Property(MaxTest = 30)]
    public Property TidyParquet_WriteThenRead_GivesTheLongRows() =>
        Prop.ForAll(Generators.Dossiers(), CoreGenerators.Periods(), Gen.Elements(PeriodStep.Month, PeriodStep.Quarter, PeriodStep.Year).ToArbitrary(), (dossiers, period, step) =>
        {
            var rows = Series(dossiers, period, step).ToTidy();
            string path = files.Path(Guid.NewGuid().ToString("N") + ".parquet");
            TidyParquetWriter.Save(rows, path);

            using var file = new ParquetFileReader(path);
            Assert.Equal(
                ["unit", "name", "level", "period", "period_first", "period_last", "indicator", "numerator", "denominator", "percent"],
                Enumerable.Range(0, file.FileMetaData.NumColumns).Select(i => file.FileMetaData.Schema.Column(i).Name));
            Assert.Equal(rows.Count, file.FileMetaData.NumRows);
            if (rows.Count == 0)
            {
                return;
            }
            using var group = file.RowGroup(0);
            int n = checked((int)group.MetaData.NumRows);
            T[] Read<T>(int column) => group.Column(column).LogicalReader<T>().ReadAll(n);
            var units = Read<string>(0);
            var names = Read<string?>(1);
            var levels = Read<string?>(2);
            var periods = Read<string>(3);
            var firsts = Read<Date>(4);
            var lasts = Read<Date>(5);
            var indicators = Read<string>(6);
            var numerators = Read<long>(7);
            var denominators = Read<long>(8);
            var percents = Read<double?>(9);
            for (int i = 0; i < n; i++)
            {
                var row = rows[i];
                Assert.Equal((row.Unit, row.Name, row.Level?.ToName(), row.Period.Name, row.Indicator), (units[i], names[i], levels[i], periods[i], indicators[i]));
                Assert.Equal(row.Period.First.ToDateTimeUnspecified(), firsts[i].DateTime);
                Assert.Equal(row.Period.Last.ToDateTimeUnspecified(), lasts[i].DateTime);
                Assert.Equal((row.Numerator, row.Denominator), (numerators[i], denominators[i]));
                // A rate without a value is null, never 0.
                Assert.Equal(row.Percent is { } p ? (double)p : null, percents[i]);
            }
        });

    [Property(MaxTest = 25)]
    public Property Workbook_WriteThenRead_HoldsEveryGroupsRatesAsNumbers() =>
        Prop.ForAll(Generators.Dossiers(), CoreGenerators.Periods(), (dossiers, period) =>
        {
            var series = Series(dossiers, period, PeriodStep.Quarter);
            string path = files.Path(Guid.NewGuid().ToString("N") + ".xlsx");
            WorkbookWriter.Save(series, path);

            Assert.Equal(["report", "rows", "rejects by reason", "rejects"], MiniExcel.GetSheetNames(path));
            var read = Sheet(path, "report");
            var expected = series.SelectMany(r => r.Groups.Select(g => (r.Period, Group: g))).ToList();
            Assert.Equal(expected.Count, read.Count);
            foreach (var ((piece, group), cells) in expected.Zip(read))
            {
                Assert.Equal((piece.Name, group.Key), (Text(cells["period"]), Text(cells["unit"])));
                Assert.Equal(group.Counts.InScope, Number(cells["in scope"]));
                foreach (var (name, rate) in IndicatorReports.Indicators)
                {
                    var value = rate(group);
                    Assert.Equal(value.Numerator, Number(cells[$"{name} numerator"]));
                    Assert.Equal(value.Denominator, Number(cells[$"{name} denominator"]));
                    // A number Excel can sum and sort; an empty cell where the rate has no value, never 0.
                    if (value.Percent is { } percent)
                    {
                        Assert.IsType<double>(cells[$"{name} %"]);
                        Assert.Equal((double)percent, (double)cells[$"{name} %"]!, 10);
                    }
                    else
                    {
                        Assert.Null(cells[$"{name} %"]);
                    }
                }
            }
            Assert.Equal("(none: computed in memory)", Sheet(path, "rows").Single()["source"]);
        });

    [Fact]
    public void Workbook_OfAFileWithBadRows_AccountsForEveryRowAndCountsTheRejectsByReason()
    {
        string csv = files.Write("d.csv", string.Join('\n',
            "dossier_id,unit_code,procedure_code,channel,received_at,due_at,status,finished_at,supplement_requests,supplement_requested_at",
            "a,01,P1,online,2022-03-01T08:00:00,2022-03-05T17:00:00,completed,2022-03-04T10:00:00,0,",
            "b,01,P1,online,2022-03-01T08:00:00,2022-03-05T17:00:00,completed,2022-02-01T10:00:00,0,",
            "c,01,P1,sideways,2022-03-01T08:00:00,2022-03-05T17:00:00,completed,2022-03-04T10:00:00,0,",
            "d,01,P1,direct,2022-03-01T08:00:00,2022-03-05T17:00:00,completed,2022-03-06T10:00:00,0,") + "\n");
        var read = DossierFile.Report(csv, ReportingPeriod.Parse("2022"), GroupBy.National);
        Assert.Equal((4L, 2L), (read.RowsRead, read.RejectedRows));
        string path = files.Path("r.xlsx");
        WorkbookWriter.Save(read, path);

        var rows = Sheet(path, "rows").Single();
        Assert.Equal((4L, 2L, 2L), (Number(rows["rows read"]), Number(rows["accepted"]), Number(rows["rejected"])));
        var byReason = Sheet(path, "rejects by reason");
        Assert.Equal(read.CountsByReason().Select(r => (r.Column, r.Reason, r.Count)), byReason.Select(r => ((string)r["column"]!, (string)r["reason"]!, Number(r["count"]))));
        Assert.Equal(read.Report.Rejected.Select(e => e.Row), Sheet(path, "rejects").Select(r => Number(r["row"])));
        var national = Sheet(path, "report").Single();
        Assert.Equal(50.0, (double)national["onTimeResolution %"]!); // a on time, d late
    }

    private static List<IDictionary<string, object?>> Sheet(string path, string name) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()];

    /// <summary>A cell that must hold a whole number, as a number (not text).</summary>
    private static long Number(object? cell) => cell is double d && d == Math.Floor(d)
        ? (long)d
        : throw new Xunit.Sdk.XunitException($"expected a whole number, got {cell ?? "an empty cell"} ({cell?.GetType().Name})");

    /// <summary>A unit code: text, which Excel must not turn into a number ("01" stays "01").</summary>
    private static string Text(object? cell) => cell as string ?? throw new Xunit.Sdk.XunitException($"expected text, got {cell} ({cell?.GetType().Name})");
}
