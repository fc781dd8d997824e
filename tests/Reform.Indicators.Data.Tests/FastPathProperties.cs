using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;
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

    [Property(MaxTest = 60)]
    public Property Report_ParquetOfText_FastPathEqualsRecordPath() =>
        Prop.ForAll(
            Generators.DossierCsvWithBadRows(),
            Gen.Choose(0, 7).ToArbitrary(),
            (text, flags) =>
            {
                string path = files.Path($"f{Guid.NewGuid():N}.parquet");
                WriteAsTextParquet(text, path, emptyAsNull: (flags & 1) != 0);
                var options = new DossierReadOptions
                {
                    KnownUnits = (flags & 2) != 0 ? new HashSet<string>(CoreGenerators.UnitCodes) : null,
                    DueDates = (flags & 4) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                };
                AssertSame(path, GroupBy.Unit, options);
            });

    [Property(MaxTest = 40)]
    public Property Report_TypedParquetWithRepeatsAndNoDue_FastPathEqualsRecordPath() =>
        Prop.ForAll(Generators.Dossiers(), Gen.Choose(0, 1000).ToArbitrary(), (dossiers, seed) =>
        {
            // Repeat some ids and let some deadlines come from the procedure (written empty).
            var random = new Random(seed);
            var changed = dossiers.Select(d => random.Next(4) switch
            {
                0 when dossiers.Length > 0 => new Dossiers.Dossier(dossiers[random.Next(dossiers.Length)].Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven),
                1 => new Dossiers.Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, dueGiven: false),
                _ => d,
            }).ToArray();
            string path = files.Path($"t{Guid.NewGuid():N}.parquet");
            DossierFile.Write(changed, path);
            AssertSame(path, GroupBy.Unit, new DossierReadOptions { DueDates = seed % 2 == 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null, Strict = seed % 5 == 0 });
        });

    /// <summary>The rows of a CSV text (those with the header's number of fields) as a Parquet file of text columns.</summary>
    private static void WriteAsTextParquet(string csv, string path, bool emptyAsNull)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(new StringReader(csv));
        var names = reader.Header.ColNames;
        var columns = names.Select(_ => new List<string?>()).ToArray();
        foreach (var row in reader)
        {
            if (row.ColCount != names.Count)
            {
                continue;
            }
            for (int c = 0; c < names.Count; c++)
            {
                string value = row[c].ToString();
                columns[c].Add(emptyAsNull && value.Length == 0 ? null : value);
            }
        }
        var fields = names.Select(n => new Parquet.Schema.DataField<string>(n, true)).ToArray();
        using var stream = File.Create(path);
        var writer = Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(fields), stream).GetAwaiter().GetResult();
        try
        {
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                group.WriteAsync(fields[c], columns[c].ToArray()).GetAwaiter().GetResult();
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

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
