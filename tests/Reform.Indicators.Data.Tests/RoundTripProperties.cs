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

    /// <summary>
    /// The minimum and maximum the footer gives for each timestamp column are those of the values,
    /// in the column's unit: engines that trust statistics (DuckDB folds comparisons with them)
    /// must not read our files wrong. Parquet.Net 6.1 wrote them in milliseconds for a column of
    /// microseconds (parquet-dotnet issue #769), which this caught.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property Parquet_Write_TimestampStatisticsAreTheValuesMinimumAndMaximum() =>
        Prop.ForAll(Generators.Dossiers(), dossiers =>
        {
            string path = files.Path(Guid.NewGuid().ToString("N") + ".parquet");
            DossierFile.Write(dossiers, path);
            using var file = new ParquetSharp.ParquetFileReader(path);
            using var group = file.RowGroup(0);
            var columns = new (string Name, Func<Dossier, NodaTime.LocalDateTime?> Value)[]
            {
                ("received_at", d => d.ReceivedAt), ("finished_at", d => d.FinishedAt), ("supplement_requested_at", d => d.SupplementRequestedAt),
            };
            foreach (var (name, value) in columns)
            {
                int index = file.FileMetaData.Schema.ColumnIndex(name);
                using var chunk = group.MetaData.GetColumnChunkMetaData(index);
                using var statistics = chunk.Statistics;
                var micros = dossiers.Select(value).Where(t => t.HasValue)
                    .Select(t => (t!.Value.ToDateTimeUnspecified().Ticks - DateTime.UnixEpoch.Ticks) / 10).ToArray();
                if (micros.Length == 0)
                {
                    Assert.False(statistics is { HasMinMax: true }, $"{name}: a minimum and maximum for no values");
                    continue;
                }
                var typed = Assert.IsType<ParquetSharp.Statistics<long>>(statistics);
                Assert.True(typed.HasMinMax, $"{name}: no minimum and maximum");
                Assert.Equal((micros.Min(), micros.Max()), (typed.Min, typed.Max));
            }
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
