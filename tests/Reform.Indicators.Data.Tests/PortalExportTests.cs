using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// Exports as the national portal (DVCQG) and provincial one-stop systems write them
/// (docs/specification.md §9): portal column names, status codes and words, 14-digit timestamps,
/// the end point, midnight deadlines, month-first dates — on every path (record and fast, CSV and Parquet).
/// </summary>
public sealed class PortalExportTests : IDisposable
{
    private const string PortalHeader = "MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,SoLanBoSung,NgayYeuCauBoSung,NgayTra,NgayCapNhat,MaDonViTiepNhan,CoKetQuaDienTu";

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>Every path that reads a dossier file into a report: the record path, and the fast path on CSV and on Parquet.</summary>
    private IEnumerable<(string Path, DossierFileReport Report)> Reports(string csv, DossierReadOptions options, ReportingPeriod period)
    {
        string csvPath = files.Write($"p{Guid.NewGuid():N}.csv", csv);
        string parquetPath = files.Path($"p{Guid.NewGuid():N}.parquet");
        FastPathProperties.WriteAsTextParquet(csv, parquetPath, emptyAsNull: true, groupRows: 3);
        foreach (var path in new[] { csvPath, parquetPath })
        {
            yield return (path + " (record path)", DossierFile.ReportByRecords(path, period, GroupBy.Unit, options: options));
            yield return (path + " (fast path)", DossierFile.Report(path, period, GroupBy.Unit, options: options));
        }
    }

    [Fact]
    public void Read_PortalStatusCodesAndWords_MapToStatusesAndExcludeRowsNeverReceived()
    {
        string[] statuses = ["2", "4", "5", "6", "7", "8", "9", "10", "new", "processing", "waiting", "paying", "cancelled", "unresolved", "releasing", "done"];
        DossierStatus[] expected =
        [
            DossierStatus.Processing, DossierStatus.Processing, DossierStatus.AwaitingSupplement, DossierStatus.Processing, DossierStatus.Withdrawn,
            DossierStatus.Stopped, DossierStatus.Completed, DossierStatus.Completed,
            DossierStatus.Processing, DossierStatus.Processing, DossierStatus.AwaitingSupplement, DossierStatus.Processing, DossierStatus.Withdrawn,
            DossierStatus.Stopped, DossierStatus.Completed, DossierStatus.Completed,
        ];
        var lines = new List<string> { PortalHeader };
        for (int i = 0; i < statuses.Length; i++)
        {
            bool final = expected[i].IsFinal();
            bool awaiting = expected[i] == DossierStatus.AwaitingSupplement;
            lines.Add($"H{i},01,1.000001,2,20220103080000,20220110,{(final ? "20220105100000" : "")},{statuses[i]},{(awaiting ? 1 : 0)},{(awaiting ? "20220104090000" : "")},,,,");
        }
        // Never received: excluded whatever else the row holds, and not a repeat of H0.
        lines.Add("H0,01,1.000001,2,not a time,,,1,,,,,,");
        lines.Add("X2,,,,,,,3,,,,,,");
        lines.Add("X3,01,1.000001,2,20220103080000,20220110,,receiving,,,,,,");
        lines.Add("X4,01,1.000001,2,20220103080000,20220110,,DENIED,,,,,,");

        var report = DossierFile.Read(files.Write("portal.csv", string.Join('\n', lines) + "\n"));

        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Accepted.Select(d => d.Status));
        Assert.Equal(20, report.RowsRead);
        Assert.Equal(4, report.ExcludedRows);
        Assert.Equal(0, report.RejectedRows);
        Assert.Equal(new LocalDateTime(2022, 1, 3, 8, 0), report.Accepted[0].ReceivedAt);
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2022, 1, 10)), report.Accepted[0].Due);
    }

    [Fact]
    public void Report_ExcludedRows_CountedOnEveryPathNeitherAcceptedNorRejected()
    {
        string csv = string.Join('\n',
            PortalHeader,
            "A,01,1.000001,2,20220103080000,20220110,20220105100000,10,0,,,,,",
            "A,01,1.000001,2,20220103080000,20220110,,1,0,,,,,",
            "B,01,1.000001,1,20220103080000,20220110,,3,0,,,,,",
            "C,01,1.000001,1,20220103080000,20220110,,4,0,,,,,") + "\n";
        foreach (var (path, result) in Reports(csv, new DossierReadOptions(), ReportingPeriod.Parse("2022")))
        {
            Assert.True(result.RowsRead == 4, path);
            Assert.True(result.ExcludedRows == 2, path);
            Assert.True(result.RejectedRows == 0, path);
            Assert.True(result.AcceptedRows == 2, path);
            Assert.True(result.Report["01"]!.Counts.Received == 2, path);
        }
    }

    [Fact]
    public void Read_EndPoint_ReturnedAtEndsAFinalDossierWithoutFinishedAt_AndByPolicy()
    {
        string csv = string.Join('\n',
            "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,returned_at",
            "A,01,1.000001,online,2022-01-03T08:00,2022-01-10,,completed,2022-01-07T09:00",               // end from returned_at
            "B,01,1.000001,online,2022-01-03T08:00,2022-01-10,2022-01-05T10:00,completed,2022-01-12T09:00", // both: by policy
            "C,01,1.000001,online,2022-01-03T08:00,2022-01-10,,processing,2022-01-07T09:00",              // open: returned_at carried only
            "D,01,1.000001,online,2022-01-03T08:00,2022-01-10,,completed,2022-01-02T09:00") + "\n";       // returned before received
        string path = files.Write("end.csv", csv);

        var processed = DossierFile.Read(path);
        var returned = DossierFile.Read(path, new DossierReadOptions { Policy = new DossierReadPolicy { EndPoint = EndPoint.Returned } });

        Assert.Equal([new LocalDateTime(2022, 1, 7, 9, 0), new LocalDateTime(2022, 1, 5, 10, 0), null], processed.Accepted.Select(d => d.FinishedAt));
        Assert.Equal([new LocalDateTime(2022, 1, 7, 9, 0), new LocalDateTime(2022, 1, 12, 9, 0), null], returned.Accepted.Select(d => d.FinishedAt));
        Assert.Equal(new LocalDateTime(2022, 1, 12, 9, 0), processed.Accepted[1].ReturnedAt);
        var fault = Assert.Single(processed.Errors);
        Assert.Equal((5L, "returned_at", "before received_at"), (fault.Row, fault.Column, fault.Reason));
    }

    [Theory]
    [InlineData("15/04/2022 00:00:00")]
    [InlineData("2022-04-15T00:00:00")]
    [InlineData("20220415000000")]
    [InlineData("2022-04-15 00:00")]
    public void Report_MidnightDue_IsTheEndOfThatDayUnlessThePolicySaysOtherwise(string due)
    {
        // Finished on the due day in the afternoon: on time when the midnight deadline is the end of the day.
        string csv = "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status\n"
            + $"A,01,1.000001,online,2022-04-11T08:00,\"{due}\",2022-04-15T16:00,completed\n";
        var period = ReportingPeriod.Parse("2022");
        foreach (var (path, result) in Reports(csv, new DossierReadOptions(), period))
        {
            Assert.True(result.Report["01"]!.Counts.ResolvedOnTime == 1, path);
        }
        var atMidnight = new DossierReadOptions { Policy = new DossierReadPolicy { MidnightDueIsEndOfDay = false } };
        foreach (var (path, result) in Reports(csv, atMidnight, period))
        {
            Assert.True(result.Report["01"]!.Counts.ResolvedLate == 1, path);
        }
    }

    [Fact]
    public void Read_DateOrder_MonthFirstReadsUsDatesAndAnImpossibleValueRejectsWithAHint()
    {
        string csv = "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status\n"
            + "A,01,1.000001,online,04/11/2022 08:00,04/15/2022,,processing\n"
            + "B,01,1.000001,online,11/04/2022 08:00,15/04/2022,,processing\n";
        string path = files.Write("us.csv", csv);

        var monthFirst = DossierFile.Read(path, new DossierReadOptions { Policy = new DossierReadPolicy { DateOrder = DateOrder.MonthDayYear } });
        var dayFirst = DossierFile.Read(path);

        Assert.Equal(new LocalDateTime(2022, 4, 11, 8, 0), monthFirst.Accepted[0].ReceivedAt);
        var usFault = Assert.Single(monthFirst.Errors);
        Assert.Equal((3L, "due_at"), (usFault.Row, usFault.Column));
        Assert.Contains("check the date order", usFault.Reason, StringComparison.Ordinal);
        Assert.Equal("15/04/2022", usFault.Value);
        var vnFault = Assert.Single(dayFirst.Errors);
        Assert.Equal((2L, "due_at"), (vnFault.Row, vnFault.Column));
        Assert.Contains("is the file month/day/year?", vnFault.Reason, StringComparison.Ordinal);
        Assert.Equal(new LocalDateTime(2022, 4, 11, 8, 0), dayFirst.Accepted[0].ReceivedAt);
    }

    [Fact]
    public void Read_OptionalColumns_CarriedOnTheDossier_AndAnUnparsableOneRejectsItsRow()
    {
        string csv = string.Join('\n',
            PortalHeader,
            "A,01,1.000001,2,20220103080000,20220110,20220105100000,10,0,,20220106090000,20220106093000,000.00.01.H29,1",
            "B,01,1.000001,2,20220103080000,20220110,,4,0,,,,,",
            "C,01,1.000001,2,20220103080000,20220110,,4,0,,,yesterday,,",
            "D,01,1.000001,2,20220103080000,20220110,,4,0,,,,,maybe",
            "E,01,1.000001,2,20220103080000,20220110,,4,0,,2022-13-01,,,") + "\n";
        var report = DossierFile.Read(files.Write("optional.csv", csv));

        var a = report.Accepted[0];
        Assert.Equal(new LocalDateTime(2022, 1, 6, 9, 0), a.ReturnedAt);
        Assert.Equal(new LocalDateTime(2022, 1, 6, 9, 30), a.UpdatedAt);
        Assert.Equal("000.00.01.H29", a.ReceivingUnitCode);
        Assert.True(a.ResultElectronic);
        var b = report.Accepted[1];
        Assert.Equal((null, null, null, null), (b.ReturnedAt, b.UpdatedAt, b.ReceivingUnitCode, b.ResultElectronic));
        Assert.Equal(
            [(4L, "updated_at"), (5L, "result_electronic"), (6L, "returned_at")],
            report.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(3, report.RejectedRows);
    }

    [Fact]
    public void Report_OptionalColumnFaults_RejectedAlikeOnEveryPath()
    {
        string csv = string.Join('\n',
            PortalHeader,
            "A,01,1.000001,2,20220103080000,20220110,20220105100000,10,0,,20220106090000,20220106093000,000.00.01.H29,1",
            "C,01,1.000001,2,20220103080000,20220110,,4,0,,,yesterday,,",
            "D,01,1.000001,2,20220103080000,20220110,,4,0,,,,,maybe") + "\n";
        foreach (var (path, result) in Reports(csv, new DossierReadOptions(), ReportingPeriod.Parse("2022")))
        {
            Assert.True(result.RejectedRows == 2, path);
            Assert.True(result.Report.Rejected.Select(e => e.Column).SequenceEqual(["updated_at", "result_electronic"]), path);
        }
    }

    [Fact]
    public void Write_NewColumns_ReadBackTheSame()
    {
        var dossier = new Dossier("A", "01", "1.000001", DossierChannel.Online, new LocalDateTime(2022, 1, 3, 8, 0), new LocalDateTime(2022, 1, 10, 17, 0),
            DossierStatus.Completed, new LocalDateTime(2022, 1, 5, 10, 0))
        {
            ReturnedAt = new LocalDateTime(2022, 1, 6, 9, 0),
            UpdatedAt = new LocalDateTime(2022, 1, 6, 9, 30),
            ReceivingUnitCode = "H29",
            ResultElectronic = false,
        };
        foreach (string name in new[] { "w.csv", "w.parquet" })
        {
            string path = files.Path(name);
            DossierFile.Write([dossier], path);
            Assert.Equal(dossier, Assert.Single(DossierFile.Read(path).Accepted));
        }
    }
}
