using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The fast path of <see cref="DossierFile.Report(string, ReportingPeriod, GroupBy, Units.UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>
/// (spans and typed columns into a columnar table) against the record path it replaced
/// (<see cref="DossierFile.ReportByRecords"/>): the same report, the same rejected rows with the
/// same row, column, reason and value, the same counts, on files full of bad rows.
/// </summary>
public sealed class FastPathProperties : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    private static readonly ProcedureCatalogue Catalogue = new([new AdministrativeProcedure("1.004227", "Test", TimeLimit.WorkingDays(5))]);

    [Property(MaxTest = 150)]
    public Property Report_Csv_FastPathEqualsRecordPath() =>
        Prop.ForAll(
            Generators.DossierCsvWithBadRows(),
            Gen.Elements(GroupBy.Unit, GroupBy.National).ToArbitrary(),
            Gen.Choose(0, 7).ToArbitrary(),
            (text, groupBy, flags) =>
            {
                string path = files.Write($"f{Guid.NewGuid():N}.csv", text);
                var options = new DossierReadOptions
                {
                    Strict = (flags & 1) != 0,
                    KnownUnits = (flags & 2) != 0 ? new HashSet<string>(CoreGenerators.UnitCodes) : null,
                    DueDates = (flags & 4) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                };
                AssertSame(path, groupBy, options);
            });

    internal static void AssertSame(string path, GroupBy groupBy, DossierReadOptions options)
    {
        var period = ReportingPeriod.Parse("2022");
        var expected = DossierFile.ReportByRecords(path, period, groupBy, options: options);
        var actual = DossierFile.Report(path, period, groupBy, options: options);
        Assert.Equal(expected.Report.Rejected, actual.Report.Rejected);
        Assert.Equal(DossierFileTests.Json(expected.Report), DossierFileTests.Json(actual.Report));
        Assert.Equal((expected.RowsRead, expected.RejectedRows, expected.StoppedAtFirstError), (actual.RowsRead, actual.RejectedRows, actual.StoppedAtFirstError));
    }
}
