using System.Text;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Data.Tests;

public sealed class DossierFileTests : IDisposable
{
    private const string Header = "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at";

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>A file with good rows and one bad row for each validation rule of docs/specification.md §3, plus reader-level faults.</summary>
    private static readonly string MixedFile = string.Join('\n',
        Header,                                                                                   // line 1
        "G1,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,",         // 2 good, early
        "G2,01,1.000001,direct,2022-01-03T08:00,2022-01-10,2022-01-10T16:00,completed,0,",         // 3 good, on time
        ",01,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,0,",                           // 4 required missing
        "B2,01,1.000001,online,yesterday,2022-01-10,,processing,0,",                                // 5 unparsable timestamp
        "B3,01,1.000001,fax,2022-01-03T08:00,2022-01-10,,processing,0,",                            // 6 unknown channel
        "B4,01,1.000001,online,2022-01-03T08:00,2022-01-10,,lost,0,",                               // 7 unknown status
        "B5,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-02T08:00,completed,0,",          // 8 finished before received
        "B6,01,1.000001,online,2022-01-03T08:00,2022-01-02,2022-01-04T08:00,completed,0,",          // 9 due before received
        "B7,01,1.000001,online,2022-01-03T08:00,2022-01-10,,refused,0,",                            // 10 final without finished_at
        "B8,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-04T08:00,processing,0,",         // 11 open with finished_at
        "B9,01,1.000001,online,2022-01-03T08:00,2022-01-10,,awaiting_supplement,1,",                // 12 awaiting without request time
        "B10,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-04T08:00,completed,-1,",        // 13 negative requests
        "G1,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,",          // 14 repeated id
        "B12,99,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,0,",         // 15 unit not in the units file
        "B13,01,9.999999,online,2022-01-03T08:00,,2022-01-05T10:00,completed,0,",                   // 16 no due_at, unknown procedure
        "G3,01,1.000001,postal,2022-01-03T08:00,,2022-01-20T10:00,completed,2,2022-01-04T09:00",   // 17 good, due from the procedure; late (2 requests)
        "B14,01,1.000001,online,2022-01-03T08:00," + new string('x', 5000) + ",,processing,0,",     // 18 pathologically long field
        "\"G4\",\"01\",\"1.000001\",\"1\",\"03/01/2022 08:00\",\"10/01/2022\",,\"Processing\",,",   // 19 good, quoted, Vietnamese dates
        "B15,01,1.000001,online,2022-01-03T08:00,2022-01-10");                                      // 20 truncated last line, no newline

    private static DossierReadOptions MixedOptions => new()
    {
        KnownUnits = new HashSet<string>(["01"]),
        DueDates = new ProcedureCatalogue([new AdministrativeProcedure("1.000001", "Test", TimeLimit.WorkingDays(5))]).DueDates(WorkingCalendar.Vietnam),
    };

    [Fact]
    public void Read_MixedFile_RejectsEachBadRowWithRowColumnAndReason()
    {
        var report = DossierFile.Read(files.Write("mixed.csv", MixedFile), MixedOptions);

        var expected = new (long Row, string Column, string ReasonStart)[]
        {
            (4, "dossier_id", "required"),
            (5, "received_at", "not a timestamp"),
            (6, "channel", "unknown channel"),
            (7, "status", "unknown status"),
            (8, "finished_at", "before received_at"),
            (9, "due_at", "before received_at"),
            (10, "finished_at", "required when status is refused"),
            (11, "finished_at", "must be empty when status is processing"),
            (12, "supplement_requested_at", "required when status is awaiting_supplement"),
            (13, "supplement_requests", "must not be negative"),
            (14, "dossier_id", "repeats an earlier row's id"),
            (15, "unit_code", "not in the units file"),
            (16, "due_at", "empty, and the procedure has no known time limit"),
            (18, "due_at", "longer than 4,096 characters"),
            (20, "finished_at", "missing: the line has 6 fields, the header has 10"),
        };
        Assert.Equal(expected.Length, report.Errors.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            var error = report.Errors[i];
            Assert.Equal(expected[i].Row, error.Row);
            Assert.Equal(expected[i].Column, error.Column);
            Assert.StartsWith(expected[i].ReasonStart, error.Reason, StringComparison.Ordinal);
        }
        Assert.Equal(19, report.RowsRead);
        Assert.Equal(15, report.RejectedRows);
        Assert.Equal(["G1", "G2", "G3", "G4"], report.Accepted.Select(d => d.Id));
        Assert.Equal("yesterday", report.Errors[1].Value);
        Assert.True(report.Errors[13].Value!.Length < 200, "a long value is shortened in the error");
        Assert.Contains("5,000 characters", report.Errors[13].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExtraField_NamesTheLastColumnByItsCanonicalName()
    {
        // Found by the portal-export oracle (Cli.Tests/PortalExportTests): the fault named the column as the
        // header spelt it (NgayCapNhat), where every other fault says updated_at.
        const string portal = "MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,NgayCapNhat";
        string known = files.Write("known-last.csv", portal + "\nA1,01,1.000001,2,20220103080000,20220110,,4,20220131170000,x\n");
        string unknown = files.Write("unknown-last.csv", portal + ",GhiChu\nA1,01,1.000001,2,20220103080000,20220110,,4,20220131170000,note,x\n");

        foreach (var (path, column) in new[] { (known, "updated_at"), (unknown, "GhiChu") })
        {
            var error = Assert.Single(DossierFile.Read(path).Errors);
            Assert.Equal((2L, column), (error.Row, error.Column));
            Assert.EndsWith("(an unquoted separator in a value?)", error.Reason, StringComparison.Ordinal);
            var fromReport = Assert.Single(DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National, units: null, new DossierReadOptions()).Report.Rejected);
            Assert.Equal(column, fromReport.Column);
        }
    }

    [Fact]
    public void Report_MixedFile_CountsTheGoodRowsOnlyAndListsTheRejects()
    {
        string path = files.Write("mixed.csv", MixedFile);
        var period = ReportingPeriod.Parse("2022");

        var fromFile = DossierFile.Report(path, period, GroupBy.National, units: null, MixedOptions);
        var good = DossierFile.Read(path, MixedOptions);
        var fromRecords = DossierIndicators.Report(good.Accepted, period, GroupBy.National, rejected: [.. good.Errors.Select(e => e with { File = path })]);

        Assert.Equal(Json(fromRecords), Json(fromFile.Report));
        var national = fromFile.Report["national"]!.Counts;
        Assert.Equal(4, national.Received);
        Assert.Equal(3, national.Resolved);
        Assert.Equal(1, national.ResolvedLate);
        Assert.Equal(15, fromFile.Report.Rejected.Count);
        Assert.Equal(15, fromFile.RejectedRows);
    }

    [Fact]
    public void Report_ParquetTimestampOutsideYears1To9999_RejectsThatRowNamingTheColumnAndValue()
    {
        // A typed timestamp can hold microseconds far beyond a DateTime: 10^17 µs is in the year 5138, 4·10^17 in no year we read.
        string path = files.Path("far.parquet");
        long[] micros = [1_646_294_400_000_000, 400_000_000_000_000_000, 1_646_380_800_000_000]; // 2022-03-03, far, 2022-03-04
        ParquetSharp.Column[] columns =
        [
            new ParquetSharp.Column<string>("dossier_id"), new ParquetSharp.Column<string>("unit_code"), new ParquetSharp.Column<string>("procedure_code"),
            new ParquetSharp.Column<string>("channel"),
            new ParquetSharp.Column<DateTime>("received_at", ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros)),
            new ParquetSharp.Column<string>("due_at"), new ParquetSharp.Column<string>("status"),
        ];
        using (var file = new ParquetSharp.ParquetFileWriter(path, columns))
        {
            using var group = file.AppendRowGroup();
            void Text(params string[] values)
            {
                using var writer = group.NextColumn().LogicalWriter<string>();
                writer.WriteBatch(values);
            }
            Text("F1", "F2", "F3");
            Text("01", "01", "01");
            Text("1.000001", "1.000001", "1.000001");
            Text("online", "online", "online");
            using (var received = (ParquetSharp.ColumnWriter<long>)group.NextColumn())
            {
                received.WriteBatch(micros);
            }
            Text("2022-03-10", "2022-03-10", "2022-03-10");
            Text("processing", "processing", "processing");
            file.Close();
        }

        var report = DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National);

        var rejected = Assert.Single(report.Report.Rejected);
        Assert.Equal(3, rejected.Row);
        Assert.Equal("received_at", rejected.Column);
        Assert.Contains("400000000000000000", rejected.Value, StringComparison.Ordinal);
        Assert.Equal(2, report.Report["national"]!.Counts.Received);
        // The record reader (Parquet.Net) cannot give the row: it names the file, the column and the rows it was reading.
        var error = Assert.Throws<DataFileException>(() => DossierFile.Read(path));
        Assert.Contains("far.parquet", error.Message, StringComparison.Ordinal);
        Assert.Contains("received_at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ParquetIdsOfInvalidUtf8OrWideWhiteSpace_AreComparedAsTheRecordPathComparesThem()
    {
        // The record path decodes an id with replacement characters and trims all white space: "A\xFF" and
        // "A\xFE" are both "A\uFFFD", and "\u3000B1\u00A0" is "B1". Row numbers: the header is row 1.
        string path = files.Path("ids.parquet");
        byte[][] ids = [[0x41, 0xFF], [0x41, 0xFE], "B1"u8.ToArray(), Encoding.UTF8.GetBytes("\u3000B1\u00A0"), Encoding.UTF8.GetBytes("Đ1"), Encoding.UTF8.GetBytes(" Đ1\u2003")];
        ParquetSharp.Column[] columns =
        [
            new ParquetSharp.Column<byte[]>("dossier_id", ParquetSharp.LogicalType.String()), new ParquetSharp.Column<string>("unit_code"),
            new ParquetSharp.Column<string>("procedure_code"), new ParquetSharp.Column<string>("channel"), new ParquetSharp.Column<string>("received_at"),
            new ParquetSharp.Column<string>("due_at"), new ParquetSharp.Column<string>("status"),
        ];
        using (var file = new ParquetSharp.ParquetFileWriter(path, columns))
        {
            using var group = file.AppendRowGroup();
            using (var idWriter = group.NextColumn().LogicalWriter<byte[]>())
            {
                idWriter.WriteBatch(ids);
            }
            foreach (string value in new[] { "01", "1.000001", "online", "2022-03-03T08:00:00", "2022-03-10", "processing" })
            {
                using var writer = group.NextColumn().LogicalWriter<string>();
                writer.WriteBatch(Enumerable.Repeat(value, ids.Length).ToArray());
            }
            file.Close();
        }

        var report = DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National);
        var records = DossierFile.ReportByRecords(path, ReportingPeriod.Parse("2022"), GroupBy.National);

        Assert.Equal([3L, 5L, 7L], report.Report.Rejected.Select(r => r.Row));
        Assert.All(report.Report.Rejected, r => Assert.Equal(("dossier_id", "repeats an earlier row's id"), (r.Column, r.Reason)));
        Assert.Equal(["A\uFFFD", "B1", "Đ1"], report.Report.Rejected.Select(r => r.Value));
        Assert.Equal(records.Report.Rejected, report.Report.Rejected);
        Assert.Equal(3, report.Report["national"]!.Counts.Received);
    }

    [Theory]
    [InlineData(0x08, "dossier_id ends before its row group")]   // 4 rows
    [InlineData(0x05, "row group 0 says it has -3 rows")]         // -3 rows: not a row group to skip
    public void Report_ParquetRowGroupOfAnotherRowCountThanItsColumns_IsOneMessageNamingTheFile(byte zigzag, string reason)
    {
        // A damaged footer: the row group's count is not its columns' 3 rows. The row group's num_rows is
        // the footer's last Thrift field "16 06" (field delta 1, type i64; zigzag 3), made "16 08" (4) or "16 05" (-3).
        string path = files.Path("damaged.parquet");
        WriteTextParquet(path, [RowGroup("F1", "F2", "F3")]);
        byte[] bytes = File.ReadAllBytes(path);
        int footer = bytes.Length - 8 - BitConverter.ToInt32(bytes, bytes.Length - 8);
        int numRows = bytes.AsSpan(footer).LastIndexOf([(byte)0x16, (byte)0x06]);
        Assert.True(numRows > 0, "the row group's row count is in the footer");
        bytes[footer + numRows + 1] = zigzag;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<DataFileException>(() => DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National));

        Assert.Contains("damaged.parquet", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        // The record path (Parquet.Net) refuses the file too.
        Assert.StartsWith(path, Assert.Throws<DataFileException>(() => DossierFile.Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ParquetWithAnEmptyRowGroup_ReadsTheRowsAroundIt()
    {
        // Arrow's writer (ParquetSharp) writes an empty row group when asked; the rows around it are rows 2, 3 and 4.
        // Without dictionary pages, Parquet.Net (the record reader) failed on it with "Sequence contains no elements".
        string path = files.Path("empty-group.parquet");
        WriteTextParquet(path, [RowGroup("F1", "F2"), RowGroup(), RowGroup("F3")], dictionary: false);

        var read = DossierFile.Read(path);
        var report = DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National);

        Assert.Equal(["F1", "F2", "F3"], read.Accepted.Select(d => d.Id));
        Assert.Empty(read.Errors);
        Assert.Equal(3, report.Report["national"]!.Counts.Received);
        Assert.Equal(3, report.RowsRead);
    }

    [Theory]
    [InlineData(100)]   // a page header: Parquet.Net's ThriftProtocolException
    [InlineData(1000)]  // compressed data: "Invalid copy offset" / "Corrupt snappy compressed data"
    [InlineData(-1)]    // the middle of the file
    public void ReadAndReport_DamagedParquetPage_IsOneMessageNamingTheFile(int at)
    {
        string path = files.Path($"damaged-{at}.parquet");
        DossierFile.Write(Samples.NationalSample.Create(2022, 2000).Dossiers(), path);
        byte[] bytes = File.ReadAllBytes(path);
        int start = at < 0 ? bytes.Length / 2 : at;
        for (int i = start; i < start + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(path, bytes);

        var read = Assert.Throws<DataFileException>(() => DossierFile.Read(path));
        var report = Assert.Throws<DataFileException>(() => DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National));

        Assert.StartsWith(path, read.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, report.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Report_ParquetDamagedInALaterRowGroup_FailsWhenReachedOrNotAtAllWhenStrictStopsFirst(bool strict)
    {
        // Five row groups; the fourth group's first page is damaged, and row 3 (in the first group)
        // has an unknown channel. The decoding thread runs ahead of the rows accepted.
        string path = files.Path($"damaged-group-{strict}.parquet");
        string[][] first = RowGroup("A1", "A2");
        first[3][1] = "fax";
        WriteTextParquet(path, [first, RowGroup("B1", "B2"), RowGroup("C1", "C2"), RowGroup("D1", "D2"), RowGroup("E1", "E2")], dictionary: false);
        DamageRowGroup(path, 3);
        var options = new DossierReadOptions { Strict = strict };
        var period = ReportingPeriod.Parse("2022");

        if (!strict)
        {
            // Rows 2 to 7 are read, then the damaged group is one message naming the file, as on the record path.
            var error = Assert.Throws<DataFileException>(() => DossierFile.Report(path, period, GroupBy.National, options: options));
            Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
            Assert.Throws<DataFileException>(() => DossierFile.ReportByRecords(path, period, GroupBy.National, options: options));
            return;
        }
        // Strict: reading stops at row 3, before the damaged group (whatever the decoding thread has met by then).
        var report = DossierFile.Report(path, period, GroupBy.National, options: options);
        var records = DossierFile.ReportByRecords(path, period, GroupBy.National, options: options);
        Assert.True(report.StoppedAtFirstError);
        Assert.Equal((3L, "channel"), (report.Report.Rejected.Single().Row, report.Report.Rejected.Single().Column));
        Assert.Equal(records.Report.Rejected, report.Report.Rejected);
        Assert.Equal((records.RowsRead, records.RejectedRows), (report.RowsRead, report.RejectedRows));
    }

    [Fact]
    public void Report_ParquetOfVeryLongValues_KeepsLittleOfThemAndRejectsAsTheRecordPathDoes()
    {
        // Values of more than 4,096 characters keep only their start; long but valid ones are kept
        // whole; 3,000 ids of 4,096 characters (12 MB) make the reader cut its chunks by their text. A deadline of
        // white space only is still too long (the record path rejects it rather than take it as no deadline).
        string path = files.Path("long.parquet");
        const string At = "2022-03-03T08:00:00", Due = "2022-03-10";
        var ids = new List<string> { "A", new string('x', 13_000), "B", new string('\u1EA1', 4096), "C", "D", "E" };
        var units = new List<string> { "01", "01", new string('Đ', 7000), "01", "01", "01", "01" };
        var received = new List<string> { At, At, At, At, new string(' ', 20_000), At, At };
        var due = new List<string> { Due, Due, Due, Due, Due, new string(' ', 20_000), new string(' ', 5000) };
        for (int i = 0; i < 3000; i++)
        {
            ids.Add(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + new string('y', 4092));
            units.Add("01");
            received.Add(At);
            due.Add(Due);
        }
        var group = RowGroup([.. ids]);
        (group[1], group[4], group[5]) = ([.. units], [.. received], [.. due]);
        WriteTextParquet(path, [group]);

        // With deadlines from the procedure, a due_at taken as empty would be given one and accepted.
        var report = DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National, options: MixedOptions);
        var records = DossierFile.ReportByRecords(path, ReportingPeriod.Parse("2022"), GroupBy.National, options: MixedOptions);

        Assert.Equal(records.Report.Rejected, report.Report.Rejected);
        Assert.Equal(
            [(3L, "dossier_id", new string('x', 100) + "… (13,000 characters)"), (4L, "unit_code", new string('Đ', 100) + "… (7,000 characters)"),
             (6L, "received_at", new string(' ', 100) + "… (20,000 characters)"), (7L, "due_at", new string(' ', 100) + "… (20,000 characters)"),
             (8L, "due_at", new string(' ', 100) + "… (5,000 characters)")],
            report.Report.Rejected.Select(r => (r.Row, r.Column, r.Value)));
        Assert.All(report.Report.Rejected, r => Assert.Equal("longer than 4,096 characters", r.Reason));
        Assert.Equal(3002, report.Report["national"]!.Counts.Received);
        Assert.Equal(records.Report["national"]!.Counts, report.Report["national"]!.Counts);
    }

    private static readonly string[] TextColumns = ["dossier_id", "unit_code", "procedure_code", "channel", "received_at", "due_at", "status"];
    private static readonly string[] SameInEveryRow = ["01", "1.000001", "online", "2022-03-03T08:00:00", "2022-03-10", "processing"];

    /// <summary>
    /// Damages the first page of row group <paramref name="group"/> of a file of <see cref="WriteTextParquet"/>
    /// (16 bytes changed): the writer puts the column chunks one after another from byte 4 ("PAR1").
    /// </summary>
    internal static void DamageRowGroup(string path, int group)
    {
        long damaged = 4;
        using (var file = new ParquetSharp.ParquetFileReader(path))
        {
            for (int g = 0; g < group; g++)
            {
                using var rowGroup = file.RowGroup(g);
                for (int c = 0; c < TextColumns.Length; c++)
                {
                    using var chunk = rowGroup.MetaData.GetColumnChunkMetaData(c);
                    damaged += chunk.TotalCompressedSize;
                }
            }
        }
        byte[] bytes = File.ReadAllBytes(path);
        for (long i = damaged; i < damaged + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The seven columns a dossier file needs, as text, for rows of these ids: the other values the same in every row.</summary>
    internal static string[][] RowGroup(params string[] ids) =>
        [ids, .. SameInEveryRow.Select(value => ids.Select(_ => value).ToArray())];

    /// <summary>
    /// A Parquet file of the seven columns as text written by ParquetSharp (Arrow's writer, as other
    /// tools write Parquet): one row group per entry of <paramref name="groups"/>.
    /// </summary>
    internal static void WriteTextParquet(string path, IEnumerable<string[][]> groups, bool dictionary = true)
    {
        ParquetSharp.Column[] columns = [.. TextColumns.Select(name => new ParquetSharp.Column<string>(name))];
        using var builder = new ParquetSharp.WriterPropertiesBuilder();
        using var properties = (dictionary ? builder.EnableDictionary() : builder.DisableDictionary()).Build();
        using var file = new ParquetSharp.ParquetFileWriter(path, columns, properties);
        foreach (var group in groups)
        {
            using var rowGroup = file.AppendRowGroup();
            foreach (string[] values in group)
            {
                using var writer = rowGroup.NextColumn().LogicalWriter<string>();
                writer.WriteBatch(values);
            }
        }
        file.Close();
    }

    [Fact]
    public void Read_Strict_StopsAtTheFirstBadRow()
    {
        var report = DossierFile.Read(files.Write("mixed.csv", MixedFile), MixedOptions with { Strict = true });

        Assert.True(report.StoppedAtFirstError);
        Assert.Equal(3, report.RowsRead);
        Assert.Equal(4, Assert.Single(report.Errors).Row);
        Assert.Equal(2, report.Accepted.Count);
    }

    [Fact]
    public void Read_InvalidUtf8_IsOneMessageNamingTheEncoding()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nG1,01,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,0,\n").ToList();
        bytes.AddRange(Encoding.Latin1.GetBytes("G2,Hà Nội,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,0,\n"));
        string path = files.WriteBytes("latin1.csv", [.. bytes]);

        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(path));
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("latin1.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsOneMessageNamingIt()
    {
        string path = files.Write("no-status.csv", "dossier_id,unit_code,procedure_code,channel,received_at,due_at\nA,01,1.000001,online,2022-01-03,2022-01-10\n");

        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(path));
        Assert.Contains("lacks the required column status", e.Message, StringComparison.Ordinal);
        Assert.Contains("TrangThaiHoSo", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderMissing_FirstDataLineIsNotAHeader()
    {
        string path = files.Write("no-header.csv", "A,01,1.000001,online,2022-01-03,2022-01-10,,processing,0,\n");

        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(path));
        Assert.Contains("not a dossiers file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsOneMessage()
    {
        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(files.Write("empty.csv", "")));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_GivesNoRows()
    {
        var report = DossierFile.Read(files.Write("header.csv", Header + "\n"));
        Assert.Equal(0, report.RowsRead);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Read_SemicolonsBomPortalNamesAndQuotes_AreUnderstood()
    {
        string text = "MaHoSo;MaDonVi;MaTTHC;KenhThucHien;NgayTiepNhan;NgayHenTra;NgayKetThucXuLy;TrangThaiHoSo;Ghi chú\n"
            + "\"HS;1\";01;1.000001;2;16/01/2023 09:30;20/01/2023;18/01/2023 10:00;completed;\"a note, with \"\"quotes\"\"\nand a new line\"\n"
            + "HS2;01;1.000001;3;2023-01-16;2023-01-20;;processing;x\n";
        var report = DossierFile.Read(files.Write("portal.csv", text, bom: true));

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Accepted.Count);
        var first = report.Accepted[0];
        Assert.Equal("HS;1", first.Id);
        Assert.Equal(DossierChannel.Online, first.Channel);
        Assert.Equal(new LocalDateTime(2023, 1, 16, 9, 30), first.ReceivedAt);
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2023, 1, 20)), first.Due);
        Assert.Equal(DossierChannel.Postal, report.Accepted[1].Channel);
    }

    [Fact]
    public void Read_RowNumbers_AreLinesEvenAfterAQuotedNewLine()
    {
        string text = Header + "\n"
            + "\"A\nB\",01,1.000001,online,2022-01-03,2022-01-10,,processing,0,\n"  // lines 2-3
            + "C,01,1.000001,fax,2022-01-03,2022-01-10,,processing,0,\n";            // line 4
        var report = DossierFile.Read(files.Write("lines.csv", text));
        Assert.Equal(4, Assert.Single(report.Errors).Row);
    }

    [Fact]
    public void Read_BothNamesOfOneColumn_IsOneMessage()
    {
        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(files.Write("twice.csv", Header + ",MaHoSo\n")));
        Assert.Contains("dossier_id twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotParquet_IsOneMessage()
    {
        var e = Assert.Throws<DataFileException>(() => DossierFile.Read(files.Write("fake.parquet", Header + "\n")));
        Assert.Contains("not a readable Parquet file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NotParquet_IsOneMessage()
    {
        var e = Assert.Throws<DataFileException>(() => DossierFile.Report(files.Write("fake.parquet", Header + "\n"), ReportingPeriod.Parse("2022"), GroupBy.National));
        Assert.Contains("not a readable Parquet file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InvalidUtf8_IsOneMessageNamingTheEncoding()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nG1,01,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,0,\n").ToList();
        bytes.AddRange(Encoding.Latin1.GetBytes("G2,Hà Nội,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,0,\n"));
        string path = files.WriteBytes("latin1.csv", [.. bytes]);

        var e = Assert.Throws<DataFileException>(() => DossierFile.Report(path, ReportingPeriod.Parse("2022"), GroupBy.National));
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    internal static string Json(IndicatorReport report)
    {
        using var stream = new MemoryStream();
        ReportWriter.WriteJson(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
