using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data.Tests;

/// <summary>Several files read as one data set (docs/specification.md §9): order, repeats across files, every row accounted for.</summary>
public sealed class DataSetTests : IDisposable
{
    private const string Header = "MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,NgayCapNhat";

    private static readonly ProcedureCatalogue Catalogue = new([new AdministrativeProcedure("1.004227", "Test", TimeLimit.WorkingDays(5))]);

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>The monthly example of docs/data-formats.md, "Repeated ids".</summary>
    private string[] MonthlyExample(string directory)
    {
        Directory.CreateDirectory(files.Path(directory));
        string Write(string name, params string[] rows) => files.Write(Path.Combine(directory, name), string.Join('\n', [Header, .. rows]) + "\n");
        return
        [
            Write("2025-01.csv",
                "HS1,01,1.004227,2,20250106080000,20250113,,4,20250131170000",
                "HS2,01,1.004227,1,20250106080000,20250113,20250110100000,10,20250131170000"),
            Write("2025-02.csv",
                "HS1,01,1.004227,2,20250106080000,20250113,20250210100000,10,20250228170000",
                "HS3,01,1.004227,2,20250220080000,20250227,,1,20250228170000"),
            Write("2025-03.csv",
                "HS3,01,1.004227,2,20250303080000,20250310,,2,20250331170000",
                "HS1,01,1.004227,2,20250106080000,20250113,20250210100000,10,20250228170000"),
        ];
    }

    [Theory]
    [InlineData(RepeatsPolicy.First, 3, 2, 1, 0, 0)]
    [InlineData(RepeatsPolicy.Latest, 3, 0, 1, 2, 1)]
    public void Report_MonthlyExample_AsTheDocsSay(RepeatsPolicy repeats, long accepted, long rejected, long excluded, long superseded, long late)
    {
        var months = MonthlyExample("monthly");
        var options = new DossierReadOptions { Policy = new DossierReadPolicy { Repeats = repeats } };
        using var set = new DossierDataSet(ReportingPeriod.Parse("2025"), options);
        set.Add(files.Path("monthly"));                       // the directory: its files by name

        var result = set.Report(GroupBy.National);

        Assert.Equal(months, set.Files);
        Assert.Equal((6L, accepted, rejected, excluded, superseded), (result.RowsRead, result.AcceptedRows, result.RejectedRows, result.ExcludedRows, result.SupersededRows));
        // HS1 finished on 10 February, due 13 January: late only when its completed row wins.
        Assert.Equal(late, result.Report["national"]!.Counts.ResolvedLate);
        Assert.All(result.Report.Rejected, e => Assert.Equal(months[e.Row == 2 ? 1 : 2], e.File));
        Assert.Equal(
            repeats == RepeatsPolicy.First ? [(months[1], 2L), (months[2], 3L)] : [],
            result.Report.Rejected.Select(e => (e.File!, e.Row)));
        var record = DossierFile.ReportByRecords(months, ReportingPeriod.Parse("2025"), GroupBy.National, options: options);
        Assert.Equal(DossierFileTests.Json(record.Report), DossierFileTests.Json(result.Report));
    }

    [Fact]
    public void Add_Glob_ReadsTheMatchingFilesByName_AndAnEmptyMatchIsOneError()
    {
        var months = MonthlyExample("glob");
        using var set = new DossierDataSet(ReportingPeriod.Parse("2025"));
        set.Add(files.Path(Path.Combine("glob", "2025-0[12]*.csv")).Replace("[12]", "?", StringComparison.Ordinal));
        Assert.Equal(months, set.Files);

        var e = Assert.Throws<DataFileException>(() => DataFiles.Expand(files.Path(Path.Combine("glob", "*.parquet"))));
        Assert.Contains("no file matches", e.Message, StringComparison.Ordinal);
        Directory.CreateDirectory(files.Path("empty"));
        Assert.Contains("no .csv or .parquet file", Assert.Throws<DataFileException>(() => DataFiles.Expand(files.Path("empty"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_AHiveLakeFolder_OrADoubleStarGlob_ReadsTheTreeByPath_AndAPlainFolderOnlyItsOwnFiles()
    {
        // The same months as a lake year=2025/month=MM/ (as DuckDB writes one): the folder, or
        // lake/**/*.csv, names the whole tree in path order, which is month order.
        var months = MonthlyExample("flat");
        var lake = months.Select((file, i) =>
        {
            string folder = files.Path(Path.Combine("lake", "year=2025", $"month=0{i + 1}"));
            Directory.CreateDirectory(folder);
            string copy = Path.Combine(folder, "data_0.csv");
            File.Copy(file, copy);
            return copy;
        }).ToArray();
        Assert.Equal(lake, DataFiles.Expand(files.Path("lake")));
        Assert.Equal(lake, DataFiles.Expand(files.Path(Path.Combine("lake", "**", "*.csv"))));

        using var flat = new DossierDataSet(ReportingPeriod.Parse("2025"), new DossierReadOptions { DueDates = Catalogue.DueDates(WorkingCalendar.Vietnam) });
        flat.Add(files.Path("flat"));
        using var hive = new DossierDataSet(ReportingPeriod.Parse("2025"), new DossierReadOptions { DueDates = Catalogue.DueDates(WorkingCalendar.Vietnam) });
        hive.Add(files.Path("lake"));
        var (flatReport, hiveReport) = (flat.Report(GroupBy.Unit).Report, hive.Report(GroupBy.Unit).Report);
        Assert.Equal(flatReport.Groups, hiveReport.Groups);
        Assert.Equal(flatReport.Rejected.Select(r => (r.Row, r.Column, r.Reason)), hiveReport.Rejected.Select(r => (r.Row, r.Column, r.Reason)));

        // A folder whose subfolders are not partitions is read alone, and says how to name the tree.
        Directory.CreateDirectory(files.Path(Path.Combine("nested", "2025")));
        File.Copy(months[0], files.Path(Path.Combine("nested", "2025", "2025-01.csv")));
        var e = Assert.Throws<DataFileException>(() => DataFiles.Expand(files.Path("nested")));
        Assert.Contains("**", e.Message, StringComparison.Ordinal);
        Assert.Contains("wildcard", Assert.Throws<DataFileException>(() => DataFiles.Expand(files.Path(Path.Combine("l*e", "*.csv")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MaxRejectedRows_KeepsTheFirstInDetailCountsAllAndStreamsAll()
    {
        var lines = new List<string> { "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status" };
        for (int i = 0; i < 50; i++)
        {
            lines.Add($"B{i},01,1.004227,fax,2022-03-01,,,processing");   // two faults: channel, and due_at with no procedures
        }
        string path = files.Write("bad.csv", string.Join('\n', lines) + "\n");
        using var sink = new StringWriter();
        var options = new DossierReadOptions { MaxRejectedRows = 3, Rejects = sink };

        var result = DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National, options: options);

        Assert.Equal(50, result.RejectedRows);
        Assert.Equal(6, result.Report.Rejected.Count);
        Assert.Equal([2L, 2L, 3L, 3L, 4L, 4L], result.Report.Rejected.Select(e => e.Row));
        Assert.Equal([("channel", 50L), ("due_at", 50L)], result.RejectedByReason.Select(r => (r.Column, r.Rows)).Order());
        string[] streamed = sink.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 100, streamed.Length);
        Assert.StartsWith($"{path},2,channel,\"unknown channel", streamed[1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The national sample of 2022 (<paramref name="count"/> dossiers, <paramref name="seed"/>) written as two
    /// files of distinct dossiers, the first <paramref name="split"/> in the first; the options that give
    /// the rows without a deadline the sample's procedures' deadlines.
    /// </summary>
    private (string First, string Second, DossierReadOptions Options) TwoFiles(int count, int split, string first, string second, int seed = Samples.NationalSample.DefaultSeed)
    {
        var sample = Samples.NationalSample.Create(2022, count, seed);
        var dossiers = sample.Dossiers().ToArray();
        string a = files.Path(first), b = files.Path(second);
        DossierFile.Write(dossiers[..split], a);
        DossierFile.Write(dossiers[split..], b);
        return (a, b, new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) });
    }

    [Fact]
    public void Report_FilesOfDistinctDossiers_PerFileReportsAddUpToTheDataSet()
    {
        var (a, b, options) = TwoFiles(3_000, 1_200, "a.csv", "b.parquet");
        var period = ReportingPeriod.Parse("2022");

        using var set = new DossierDataSet(period, options);
        set.Add(a);
        set.Add(b);
        var whole = set.Report(GroupBy.Unit);
        var first = DossierFile.Report(a, period, GroupBy.Unit, options: options);
        var second = DossierFile.Report(b, period, GroupBy.Unit, options: options);

        var added = first.Report.Groups.Concat(second.Report.Groups).GroupBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Aggregate(default(DossierCounts), (sum, x) => sum + x.Counts));
        Assert.Equal(whole.Report.Groups.ToDictionary(g => g.Key, g => g.Counts), added);
        Assert.Equal(first.RowsRead + second.RowsRead, whole.RowsRead);
    }

    /// <summary>
    /// A folder of monthly files, or their list, read in one call makes room for every file's ids at the
    /// first (from the first file's rows per byte and the bytes of the others), so the id set grows once for
    /// typed Parquet instead of as later files come; the report is that of adding the files one call each.
    /// </summary>
    [Theory]
    [InlineData(".parquet", 4, 6_000)]
    [InlineData(".csv", 3, 70_000)] // CSV: estimated once 65,536 rows are read
    public void Add_Folder_MakesRoomForTheIdsOfEveryFileAtTheFirst(string extension, int months, int perFile)
    {
        var sample = Samples.NationalSample.Create(2022, months * perFile, seed: 5);
        var dossiers = sample.Dossiers().ToArray();
        Directory.CreateDirectory(files.Path("months"));
        for (int m = 0; m < months; m++)
        {
            DossierFile.Write(dossiers[(m * perFile)..((m + 1) * perFile)], files.Path(Path.Combine("months", $"2022-{m + 1:00}{extension}")));
        }
        var period = ReportingPeriod.Parse("2022");
        var options = new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) };

        using var folder = new DossierDataSet(period, options);
        folder.Add(files.Path("months"));
        using var listed = new DossierDataSet(period, options);
        listed.Add(folder.Files);                     // the files named, in one call (as the CLI does)
        using var oneByOne = new DossierDataSet(period, options);
        foreach (string file in folder.Files)
        {
            oneByOne.Add(file);
        }

        Assert.Equal(months, folder.Files.Count);
        Assert.Equal(folder.Files, listed.Files);
        if (extension == ".parquet")
        {
            Assert.Equal(1, folder.IdRebuilds);       // the first file's footer and the others' bytes: room for all
        }
        Assert.Equal(folder.IdRebuilds, listed.IdRebuilds);
        Assert.True(folder.IdRebuilds < oneByOne.IdRebuilds, $"{folder.IdRebuilds} rebuilds of the id set, {oneByOne.IdRebuilds} one file at a time");
        var whole = folder.Report(GroupBy.Unit);
        Assert.Equal((long)months * perFile, whole.AcceptedRows);
        Assert.Equal(DossierFileTests.Json(oneByOne.Report(GroupBy.Unit).Report), DossierFileTests.Json(whole.Report));
        Assert.Equal(DossierFileTests.Json(whole.Report), DossierFileTests.Json(listed.Report(GroupBy.Unit).Report));
    }

    /// <summary>
    /// A file added after others makes room for its ids beside those already seen: a small file, then one
    /// eight times as large, each added alone, grow the id set once, at the second file's start.
    /// </summary>
    [Fact]
    public void Add_ALargerFileAfterOthers_MakesRoomBesideTheIdsSeen()
    {
        var (small, large, options) = TwoFiles(13_500, 1_500, "small.parquet", "large.parquet", seed: 6);
        using var set = new DossierDataSet(ReportingPeriod.Parse("2022"), options);

        set.Add(small);                                   // 1,500 ids fit the first 2,048 slots
        set.Add(large);                                   // room for 13,500 at its start, not for its 12,000 alone

        Assert.Equal(1, set.IdRebuilds);
        Assert.Equal(13_500L, set.Report(GroupBy.National).AcceptedRows);
    }

    /// <summary>
    /// Files of another format after the first are not sized at its rows per byte (a CSV row takes about
    /// three times the bytes of a Parquet row): a small Parquet file, then a CSV file, in one call take no
    /// more slots for their ids than added one by one.
    /// </summary>
    [Fact]
    public void Add_ParquetThenCsv_InOneCall_SizesTheIdsAsOneByOne()
    {
        var (parquet, csv, options) = TwoFiles(2_000 + 100_000, 2_000, "2022-01.parquet", "2022-02.csv", seed: 7);
        var period = ReportingPeriod.Parse("2022");

        using var together = new DossierDataSet(period, options);
        together.Add([parquet, csv]);
        using var oneByOne = new DossierDataSet(period, options);
        oneByOne.Add(parquet);
        oneByOne.Add(csv);

        Assert.Equal(oneByOne.IdSlots, together.IdSlots);
        Assert.Equal(DossierFileTests.Json(oneByOne.Report(GroupBy.Unit).Report), DossierFileTests.Json(together.Report(GroupBy.Unit).Report));
    }

    /// <summary>Every input is expanded before any file is read: one that matches nothing throws before a row is read.</summary>
    [Fact]
    public void Add_SeveralInputs_OneMatchingNothing_ThrowsBeforeAnyRowIsRead()
    {
        Directory.CreateDirectory(files.Path("g"));
        string good = files.Write(Path.Combine("g", "a.csv"), Header + "\nHS1,01,1.004227,2,20250106080000,20250113,,4,20250131170000\n");
        using var set = new DossierDataSet(ReportingPeriod.Parse("2025"));

        var error = Assert.Throws<DataFileException>(() => set.Add([good, files.Path(Path.Combine("g", "nothing*.csv"))]));

        Assert.Contains("nothing*.csv", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Files);
        Assert.Equal(0L, set.Report(GroupBy.National).RowsRead);
    }

    /// <summary>
    /// The sample's dossiers split at random into files of distinct dossiers (CSV or Parquet), one data set
    /// per file: the per-file counts merge into the counts of one data set reading every file, whose report
    /// they give, by unit, level and rollup; and a data set with pieces reports each piece as a data set
    /// over that piece alone.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property Counts_PerFileDataSetsOfDistinctDossiers_MergeToTheWhole_AndPiecesEqualSeparateReads() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 400), 2).ToArbitrary(),
            Gen.Choose(0, 7).ToArbitrary(),
            (cuts, flags) =>
            {
                var sample = Samples.NationalSample.Create(2022, 400, seed: 17 + flags);
                var dossiers = sample.Dossiers().ToArray();
                var points = cuts.Order().Distinct().Append(dossiers.Length).ToList();
                var paths = new List<string>();
                int start = 0;
                foreach (int end in points)
                {
                    string path = files.Path($"{paths.Count:D2}-{Guid.NewGuid():N}{((flags + paths.Count) % 2 == 0 ? ".parquet" : ".csv")}");
                    DossierFile.Write(dossiers[start..end], path);
                    paths.Add(path);
                    start = end;
                }
                var period = ReportingPeriod.Parse("2022");
                var quarters = period.Every(PeriodStep.Quarter);
                var options = new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) };

                using var whole = new DossierDataSet(period, options, sample.Units, pieces: quarters);
                var perFile = new List<Columnar.PartialCounts>();
                foreach (var path in paths)
                {
                    whole.Add(path);
                    using var one = new DossierDataSet(period, options, sample.Units, pieces: quarters);
                    one.Add(path);
                    perFile.Add(one.Counts());
                }
                var merged = Columnar.PartialCounts.Merge(perFile);
                Assert.Equal(whole.Counts(), merged);
                foreach (var groupBy in new[] { GroupBy.Unit, GroupBy.Level, GroupBy.Rollup })
                {
                    Assert.Equal(DossierFileTests.Json(whole.Report(groupBy).Report), DossierFileTests.Json(merged.Report(period, groupBy, sample.Units)));
                }
                var series = whole.Reports(GroupBy.Level);
                Assert.Equal(quarters.Select(q => q.Name), series.Select(r => r.Period.Name));
                foreach (var (quarter, report) in quarters.Zip(series))
                {
                    using var alone = new DossierDataSet(quarter, options, sample.Units);
                    foreach (var path in paths)
                    {
                        alone.Add(path);
                    }
                    Assert.Equal(DossierFileTests.Json(alone.Report(GroupBy.Level).Report), DossierFileTests.Json(report));
                }
            });

    /// <summary>
    /// Random mixtures of good, bad, excluded and repeated rows (with and without <c>updated_at</c>),
    /// split at random into files of CSV or Parquet: rows read = accepted + rejected + excluded +
    /// superseded; the fast path equals the record path; adding the files one at a time, with a report
    /// asked after each, ends where reading them at once does.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Report_RandomFileSplits_EveryRowAccountedFor_FastEqualsRecord_IncrementalEqualsWhole() =>
        Prop.ForAll(
            Generators.DossierCsvWithBadRows(),
            Gen.ArrayOf(Gen.Choose(0, 1000), 3).ToArbitrary(),
            Gen.Choose(0, 15).ToArbitrary(),
            (text, cuts, flags) =>
            {
                var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                string header = lines[0];
                var body = lines[1..];
                var points = cuts.Select(c => body.Length == 0 ? 0 : c % (body.Length + 1)).Order().Distinct().ToList();
                var paths = new List<string>();
                int start = 0;
                foreach (int end in points.Append(body.Length))
                {
                    string part = string.Join('\n', [header, .. body[start..end]]) + "\n";
                    bool parquet = ((flags >> 2) + paths.Count) % 3 == 0;
                    string path = files.Path($"{paths.Count:D2}-{Guid.NewGuid():N}{(parquet ? ".parquet" : ".csv")}");
                    if (parquet)
                    {
                        FastPathProperties.WriteAsTextParquet(part, path, emptyAsNull: true, groupRows: 7);
                    }
                    else
                    {
                        File.WriteAllText(path, part);
                    }
                    paths.Add(path);
                    start = end;
                }
                var options = new DossierReadOptions
                {
                    Policy = new DossierReadPolicy { Repeats = (flags & 1) != 0 ? RepeatsPolicy.Latest : RepeatsPolicy.First },
                    DueDates = (flags & 2) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                    MaxRejectedRows = 5,
                };
                var period = ReportingPeriod.Parse("2022");
                using var whole = new DossierDataSet(period, options);
                using var incremental = new DossierDataSet(period, options);
                foreach (var path in paths)
                {
                    whole.Add(path);
                }
                DossierFileReport last = null!;
                foreach (var path in paths)
                {
                    incremental.Add(path);
                    last = incremental.Report(GroupBy.Unit);
                }
                var fast = whole.Report(GroupBy.Unit);
                var record = DossierFile.ReportByRecords(paths, period, GroupBy.Unit, options: options);

                Assert.Equal(fast.RowsRead, fast.AcceptedRows + fast.RejectedRows + fast.ExcludedRows + fast.SupersededRows);
                Assert.True(fast.AcceptedRows >= 0);
                foreach (var other in new[] { record, last })
                {
                    Assert.Equal(
                        (other.RowsRead, other.AcceptedRows, other.RejectedRows, other.ExcludedRows, other.SupersededRows),
                        (fast.RowsRead, fast.AcceptedRows, fast.RejectedRows, fast.ExcludedRows, fast.SupersededRows));
                    Assert.Equal(DossierFileTests.Json(other.Report), DossierFileTests.Json(fast.Report));
                    Assert.Equal(other.Report.Rejected, fast.Report.Rejected);
                    Assert.Equal(other.RejectedByReason, fast.RejectedByReason);
                }
            });
}
