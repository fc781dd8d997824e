using Reform.Indicators.Indicators;
using static Reform.Indicators.Data.Tests.DossierFileTests;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// Typed rows held until their ids are checked together: when something fails while they are taken,
/// or the file fails half-way, every row is still accounted for once and every fault streamed, as
/// when each id is checked as its row comes (a window of one row).
/// </summary>
public sealed class HeldRowsTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>
    /// The rejects writer fails once (a full disk) while the held rows are taken: a later report
    /// accounts for every row once — the rows taken before the failure are not checked or taken again.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(DossierReportSink.IdWindowRows)]
    public void Report_AfterTheRejectsWriterFailedOnce_EveryRowIsAccountedForOnce(int window)
    {
        string path = files.Path($"repeats-{window}.parquet");
        string[] ids = ["A1", "A1", "B1", "B1", "C1"];
        WriteTextParquet(path, [RowGroup(ids)]);
        using var writer = new FailingOnceWriter();
        using var set = new DossierDataSet(ReportingPeriod.Parse("2022"), new DossierReadOptions { Rejects = writer, IdWindowRows = window });
        try
        {
            set.Add(path);
        }
        catch (IOException)
        {
            // The writer's one failure, seen at the end of the file.
        }
        DossierFileReport report;
        try
        {
            report = set.Report(GroupBy.National);
        }
        catch (IOException)
        {
            report = set.Report(GroupBy.National);
        }

        // Of the rows read (all, or up to the failure when it stops the read), the repeats are rejected and no other.
        int distinct = ids.Take((int)report.RowsRead).Distinct().Count();
        Assert.Equal(report.RowsRead - distinct, report.RejectedRows);
        Assert.Equal(distinct, report.Report["national"]!.Counts.Received);
    }

    /// <summary>
    /// The rejects writer fails once at the end of a file, and the next file is read without a report
    /// in between: each rejected row names the file it came from.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(DossierReportSink.IdWindowRows)]
    public void Rejections_AfterTheRejectsWriterFailedOnce_NameTheirOwnFile(int window)
    {
        string first = files.Path($"first-{window}.parquet"), second = files.Path($"second-{window}.parquet");
        WriteTextParquet(first, [RowGroup("A1", "A1", "B1", "B1")]);
        WriteTextParquet(second, [RowGroup("C1", "C1")]);
        using var writer = new FailingOnceWriter();
        using var set = new DossierDataSet(ReportingPeriod.Parse("2022"), new DossierReadOptions { Rejects = writer, IdWindowRows = window });
        Assert.Throws<IOException>(() => set.Add(first));
        set.Add(second);
        var report = set.Report(GroupBy.National);

        Assert.Contains(report.Report.Rejected, e => e.Value == "C1");
        Assert.All(report.Report.Rejected, e => Assert.Equal(e.Value == "C1" ? second : first, e.File));
        Assert.Equal(report.AcceptedRows, report.Report["national"]!.Counts.Received);
    }

    /// <summary>
    /// The rejects stream has every fault found during the read (docs/specification.md §9.10): a file
    /// fails half-way (a damaged later row group) and, as in the CLI, the data set is disposed without
    /// a report; the repeat read before the failure is in the stream.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(DossierReportSink.IdWindowRows)]
    public void RejectsStream_FileFailingHalfWay_HasTheRepeatReadBeforeTheFailure(int window)
    {
        string path = files.Path($"damaged-{window}.parquet");
        WriteTextParquet(path, [RowGroup("A1", "A1"), RowGroup("B1", "B2"), RowGroup("C1", "C2"), RowGroup("D1", "D2"), RowGroup("E1", "E2")], dictionary: false);
        DossierFileTests.DamageRowGroup(path, 3);

        var rejects = new StringWriter();
        using (var set = new DossierDataSet(ReportingPeriod.Parse("2022"), new DossierReadOptions { Rejects = rejects, IdWindowRows = window }))
        {
            Assert.Throws<DataFileException>(() => set.Add(path));
        }

        Assert.Contains("repeats an earlier row's id", rejects.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The rejects writer fails while held rows are taken before the next row is handled — a row for
    /// the record path (a blank id), or a row that ends a window by its ids' bytes: every row read is
    /// still accepted, rejected or excluded, and the accepted ones are the rows counted.
    /// </summary>
    [Theory]
    [InlineData("A1", "A1", " ", DossierReportSink.IdWindowBytes)]
    [InlineData("A1", "A1", "B1", 4)]
    public void RejectsWriterFailingBeforeTheNextRow_EveryRowIsAccountedFor(string first, string second, string third, int windowBytes)
    {
        string path = files.Path($"next-row-{windowBytes}.parquet");
        WriteTextParquet(path, [RowGroup(first, second, third)]);
        using var writer = new FailingOnceWriter();
        using var set = new DossierDataSet(ReportingPeriod.Parse("2022"), new DossierReadOptions { Rejects = writer, IdWindowBytes = windowBytes });
        Assert.Throws<IOException>(() => set.Add(path));
        var report = set.Report(GroupBy.National);
        Assert.Equal(report.RowsRead, report.AcceptedRows + report.RejectedRows + report.ExcludedRows);
        Assert.Equal(report.AcceptedRows, report.Report["national"]!.Counts.Received);
    }

    /// <summary>
    /// A file that repeats one long id twenty thousand times (a few kilobytes, dictionary-encoded)
    /// leaves that id once in the set, not a copy per repeat: the rejected rows cost no memory.
    /// </summary>
    [Fact]
    public void ManyRepeatsOfOneLongId_KeepOneCopy()
    {
        string path = files.Path("repeats.parquet");
        string id = new('A', FileSchema.MaxFieldLength);
        WriteTextParquet(path, [RowGroup([.. Enumerable.Repeat(id, 20_000)])]);
        var sink = new DossierReportSink(ReportingPeriod.Parse("2022"), [], new DossierReadOptions(), policy: null);
        using (sink)
        {
            using var stream = File.OpenRead(path);
            sink.BeginFile(path);
            Assert.True(ParquetTableScan.TryScan(stream, path, sink, new DossierReadOptions().Policy));
            sink.EndFile(failed: false);
            Assert.Equal(19_999, sink.Rejected);
            // The id once, and staging's window: 16 MiB of ids and one more id at most.
            Assert.InRange(sink.IdBlocks, 1, 1 + ((DossierReportSink.IdWindowBytes + IdSet.MaxBytes) >> 22) + 1);
        }
    }

    /// <summary>A writer whose second line (the first fault after the header) fails once.</summary>
    private sealed class FailingOnceWriter : StringWriter
    {
        private int lines;

        public override void WriteLine(string? value)
        {
            if (++lines == 2)
            {
                throw new IOException("No space left on device.");
            }
            base.WriteLine(value);
        }
    }
}
