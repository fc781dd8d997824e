using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

public sealed class RoundTripProperties : IDisposable
{
    private readonly TestFiles files = new();

    private static readonly string[] NumberColumns = ["received_at", "due_at", "finished_at", "supplement_requests", "supplement_requested_at"];

    /// <summary>Reading that keeps a deadline of exactly midnight as midnight (the writers write it so).</summary>
    private static readonly DossierReadOptions AsWritten = new() { Policy = new Dossiers.DossierReadPolicy { MidnightDueIsEndOfDay = false } };

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
            Assert.Equal(fromRecords, DossierFileTests.Json(DossierFile.Report(csv, period, groupBy, options: AsWritten).Report));
            Assert.Equal(fromRecords, DossierFileTests.Json(DossierFile.Report(parquet, period, groupBy, options: AsWritten).Report));
        });

    /// <summary>
    /// The minimum and maximum the footer gives for each timestamp and count column are those of
    /// the values written, in the column's unit: engines that trust statistics (DuckDB folds
    /// comparisons with them) must not read our files wrong. Parquet.Net 6.1 wrote them in
    /// milliseconds for a column of microseconds (parquet-dotnet issue #769), which this caught.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property Parquet_Write_StatisticsAreTheValuesMinimumAndMaximum() =>
        Prop.ForAll(Generators.Dossiers(), dossiers =>
        {
            string path = files.Path(Guid.NewGuid().ToString("N") + ".parquet");
            DossierFile.Write(dossiers, path);
            using var file = new ParquetSharp.ParquetFileReader(path);
            using var group = file.RowGroup(0);
            int rows = checked((int)group.MetaData.NumRows);
            foreach (var name in NumberColumns)
            {
                int index = file.FileMetaData.Schema.ColumnIndex(name);
                long[] values;
                using (var column = group.Column(index))
                {
                    values = name == "supplement_requests"
                        ? [.. column.LogicalReader<int?>().ReadAll(rows).Where(v => v.HasValue).Select(v => (long)v!.Value)]
                        : [.. column.LogicalReader<DateTime?>().ReadAll(rows).Where(v => v.HasValue).Select(v => (v!.Value.Ticks - DateTime.UnixEpoch.Ticks) / 10)];
                }
                using var chunk = group.MetaData.GetColumnChunkMetaData(index);
                using var statistics = chunk.Statistics;
                if (values.Length == 0)
                {
                    Assert.False(statistics is { HasMinMax: true }, $"{name}: a minimum and maximum for no values");
                    continue;
                }
                Assert.True(statistics is { HasMinMax: true }, $"{name}: no minimum and maximum");
                var (min, max) = statistics switch
                {
                    ParquetSharp.Statistics<long> l => (l.Min, l.Max),
                    ParquetSharp.Statistics<int> i => (i.Min, (long)i.Max),
                    _ => throw new InvalidOperationException($"{name}: statistics of {statistics!.GetType().Name}"),
                };
                Assert.Equal((values.Min(), values.Max()), (min, max));
            }
        });

    [Fact]
    public void Parquet_Write_RequiredTextColumnsAreRequired()
    {
        string path = files.Path("required.parquet");
        DossierFile.Write([], path);
        using var file = new ParquetSharp.ParquetFileReader(path);
        var optional = Enumerable.Range(0, file.FileMetaData.NumColumns)
            .Where(i => file.FileMetaData.Schema.Column(i).MaxDefinitionLevel > 0).Select(i => file.FileMetaData.Schema.Column(i).Name);
        Assert.Equal([.. NumberColumns, "returned_at", "updated_at", "receiving_unit_code", "result_electronic"], optional);
    }

    /// <summary>Parquet to a stream that cannot seek and does not start at 0 (a pipe, a response body after a prefix) reads back the same.</summary>
    [Fact]
    public void Parquet_WriteToAForwardOnlyStreamAfterAPrefix_ReadsBack()
    {
        var dossiers = Generators.Dossiers().Generator.Sample(50, 1)[0];
        using var bytes = new MemoryStream();
        bytes.Write(new byte[100]);
        using (var forward = new ForwardOnly(bytes))
        {
            DossierFile.Write(dossiers, forward, DataFormat.Parquet);
        }
        using var written = new MemoryStream(bytes.ToArray()[100..]);
        var read = DossierFile.ReadFrom(written, DataFormat.Parquet, DossierReadOptions.Default, "piped.parquet");
        Assert.Empty(read.Errors);
        Assert.Equal(dossiers, read.Accepted);
    }

    [Fact]
    public void Parquet_WriteToAStreamThatFails_ThrowsIOExceptionWithItsMessage()
    {
        var dossiers = Generators.Dossiers().Generator.Sample(50, 1)[0];
        using var full = new ForwardOnly(inner: null);
        var e = Assert.Throws<IOException>(() => DossierFile.Write(dossiers, full, DataFormat.Parquet));
        Assert.Contains("no space left", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that can only be written, like a pipe; with no stream behind it, a full disk.</summary>
    private sealed class ForwardOnly(Stream? inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) =>
            (inner ?? throw new IOException("no space left on device")).Write(buffer, offset, count);

        public override void Flush() => inner?.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private bool RoundTrip(Dossier[] dossiers, string name)
    {
        string path = files.Path(Guid.NewGuid().ToString("N") + name);
        DossierFile.Write(dossiers, path);
        // A deadline of exactly midnight is written as it is; by default a reader takes it as the end of that day.
        var read = DossierFile.Read(path, AsWritten);
        Assert.Empty(read.Errors);
        Assert.Equal(dossiers, read.Accepted);
        return true;
    }
}
