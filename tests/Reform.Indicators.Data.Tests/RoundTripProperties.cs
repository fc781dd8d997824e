using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

public sealed class RoundTripProperties : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Property(MaxTest = 40)]
    public Property Csv_WriteThenRead_ReturnsTheSameRecords() =>
        Prop.ForAll(Generators.Dossiers(), dossiers => RoundTrip(dossiers, "d.csv"));

    [Property(MaxTest = 40)]
    public Property Parquet_WriteThenRead_ReturnsTheSameRecords() =>
        Prop.ForAll(Generators.Dossiers(), dossiers => RoundTrip(dossiers, "d.parquet"));

    [Property(MaxTest = 20)]
    public Property Report_FromCsvFromParquetAndFromRecords_AreEqual() =>
        Prop.ForAll(Generators.Dossiers(), Gen.Elements(GroupBy.Unit, GroupBy.National).ToArbitrary(), (dossiers, groupBy) =>
        {
            var period = ReportingPeriod.Parse("2022");
            string csv = files.Path($"r{Guid.NewGuid():N}.csv"), parquet = files.Path($"r{Guid.NewGuid():N}.parquet");
            DossierFile.Write(dossiers, csv);
            DossierFile.Write(dossiers, parquet);
            string fromRecords = DossierFileTests.Json(DossierIndicators.Report(dossiers, period, groupBy));
            Assert.Equal(fromRecords, DossierFileTests.Json(DossierFile.Report(csv, period, groupBy).Report));
            Assert.Equal(fromRecords, DossierFileTests.Json(DossierFile.Report(parquet, period, groupBy).Report));
        });

    private bool RoundTrip(Dossier[] dossiers, string name)
    {
        string path = files.Path(Guid.NewGuid().ToString("N") + name);
        DossierFile.Write(dossiers, path);
        var read = DossierFile.Read(path);
        Assert.Empty(read.Errors);
        Assert.Equal(dossiers, read.Accepted);
        return true;
    }
}
