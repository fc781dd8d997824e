using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// docs/specification.md §10.1–10.3 on a small hand-made data set: a district valid until 30 June 2025
/// and a commune re-parented from it to the province on 1 July 2025; dossiers received by their own
/// unit, elsewhere or saying nothing of it, with and without an electronic result, of a procedure
/// offered partly online until 30 June 2025 and fully online from 1 July.
/// </summary>
public sealed class Regime2025Tests : IDisposable
{
    private const string Units = """
        unit_code,name,level,parent_code,valid_from,valid_to
        01,Thành phố Hà Nội,province,,,
        001,Quận Ba Đình,district,01,,2025-06-30
        00004,Phường Trúc Bạch,commune,001,,2025-06-30
        00004,Phường Ba Đình,commune,01,2025-07-01,
        """;

    private const string Dossiers = """
        dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at,receiving_unit_code,result_electronic
        D1,001,1.000001,direct,2025-06-20T09:00,2025-07-04,2025-07-02T10:00,completed,0,,001,false
        D2,001,1.000001,online,2025-07-05T09:00,2025-07-10,,processing,0,,001,true
        C1,00004,1.000001,online,2025-06-25T09:00,2025-07-01,2025-06-30T10:00,completed,0,,00004,true
        C2,00004,1.000001,online,2025-07-03T09:00,2025-07-08,2025-07-07T10:00,completed,0,,01,1
        P1,01,1.000001,direct,2025-07-03T09:00,2025-07-08,2025-07-09T10:00,completed,0,,,
        """;

    private const string Procedures = """
        procedure_code,name,time_limit,time_limit_unit,online_level,full_online_eligible,valid_from,valid_to
        1.000001,Thủ tục thử,5,working_days,partial,true,,2025-06-30
        1.000001,Thủ tục thử,5,working_days,full,true,2025-07-01,
        """;

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<bool> BothPaths => [true, false];

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void ADistrictDossierReceivedBeforeTheReform_CountsAtDistrictLevel_OneReceivedAfterIsRejected(bool fast)
    {
        var (report, rejected) = Report(GroupBy.Level, fast);

        var error = Assert.Single(report.Report.Rejected);
        Assert.Equal((3L, "unit_code", "not valid on the receipt date", "001 on 2025-07-05"), (error.Row, error.Column, error.Reason, error.Value));
        Assert.Equal(1, rejected);
        Assert.Equal(["province", "district", "commune"], report.Report.Groups.Select(g => g.Key));
        var district = report.Report["district"]!.Counts;
        Assert.Equal((1L, 1L, 1L), (district.Received, district.Resolved, district.ResolvedEarly));
        Assert.Equal(2, report.Report["commune"]!.Counts.Received);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Rollup_KeepsTheHierarchyOfThePeriodsLastDay(bool fast)
    {
        var (report, _) = Report(GroupBy.Rollup, fast);

        // On 2025-12-31 the commune sits under the province; the district is outside every subtree.
        Assert.Equal(3, report.Report["01"]!.Counts.Received);
        Assert.Equal(1, report.Report["001"]!.Counts.Received);
        Assert.Equal(2, report.Report["00004"]!.Counts.Received);
    }

    /// <summary>
    /// docs/specification.md §10.2–10.3: each named rate in the JSON <c>rates</c> with the numerator and denominator
    /// §10 defines — commune: C1 and C2 received, C2 elsewhere (at the province), both online with an electronic
    /// result, only C2 (received 3 July) of the procedure's full-online version; district: D1 received by its own
    /// unit, in person, no electronic result; province: P1 says nothing of its receiving unit or result, so those
    /// rates have no value and say why.
    /// </summary>
    [Theory]
    [MemberData(nameof(BothPaths))]
    public void TheNamedRates_AppearInTheJsonRates_WithTheirParts(bool fast)
    {
        var (report, _) = Report(GroupBy.Level, fast, withProcedures: true);
        using var json = System.Text.Json.JsonDocument.Parse(DossierFileTests.Json(report.Report));
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("rates"));

        (long, long, decimal?) Rate(string group, string name)
        {
            var rate = groups[group].GetProperty(name);
            var percent = rate.GetProperty("percent");
            return (rate.GetProperty("numerator").GetInt64(), rate.GetProperty("denominator").GetInt64(),
                percent.ValueKind == System.Text.Json.JsonValueKind.Null ? null : percent.GetDecimal());
        }
        Assert.Equal((1L, 2L, 50.00m), Rate("commune", "boundaryFree"));
        Assert.Equal((2L, 2L, 100.00m), Rate("commune", "onlineElectronicResult"));
        Assert.Equal((1L, 2L, 50.00m), Rate("commune", "fullProcessOnline"));
        Assert.Equal((2L, 2L, 100.00m), Rate("commune", "online"));
        Assert.Equal((0L, 1L, 0.00m), Rate("district", "boundaryFree"));
        Assert.Equal((0L, 1L, 0.00m), Rate("district", "onlineElectronicResult"));
        Assert.Equal((0L, 1L, 0.00m), Rate("district", "fullProcessOnline"));
        Assert.Equal((0L, 1L, 0.00m), Rate("province", "online"));
        foreach (var name in new[] { "boundaryFree", "onlineElectronicResult", "fullProcessOnline" })
        {
            Assert.Equal((0L, 1L, null), Rate("province", name));
            Assert.False(string.IsNullOrEmpty(groups["province"].GetProperty(name).GetProperty("noValue").GetString()));
        }
        Assert.Equal(System.Text.Json.JsonValueKind.Null, groups["commune"].GetProperty("online").GetProperty("noValue").ValueKind);
    }

    private (DossierFileReport Report, long Rejected) Report(GroupBy groupBy, bool fast, bool withProcedures = false)
    {
        var registry = UnitFile.ReadRegistry(files.Write("units.csv", Units), out var unitErrors);
        Assert.Empty(unitErrors);
        string path = files.Write("dossiers.csv", Dossiers);
        var period = ReportingPeriod.Parse("2025");
        DossierReadOptions? options = null;
        if (withProcedures)
        {
            var procedures = ProcedureFile.Read(files.Write("procedures.csv", Procedures));
            Assert.Empty(procedures.Errors);
            var catalogue = new Procedures.ProcedureCatalogue(procedures.Accepted);
            options = new DossierReadOptions { DueDates = catalogue.DueDates(Calendars.WorkingCalendar.Vietnam), Procedures = catalogue };
        }
        var report = fast ? DossierFile.Report(path, period, groupBy, registry, options) : DossierFile.ReportByRecords(path, period, groupBy, registry, options);
        return (report, report.RejectedRows);
    }
}

public sealed class DatedProcedureFileTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Read_AcceptsVersionsOfACode_AndRejectsAnOverlappingOne()
    {
        var report = ProcedureFile.Read(files.Write("procedures.csv", """
            procedure_code,name,time_limit,time_limit_unit,online_level,full_online_eligible,valid_from,valid_to
            1.004227,Cấp giấy phép,15,working_days,full,true,,2026-02-28
            1.004227,Cấp giấy phép,10,working_days,full,true,2026-03-01,
            1.004227,Cấp giấy phép,12,working_days,full,true,2026-06-01,
            """));
        Assert.Equal(2, report.Accepted.Count);
        var error = Assert.Single(report.Errors);
        Assert.Equal((4L, "procedure_code", "1.004227"), (error.Row, error.Column, error.Value));
    }
}

public sealed class CrosswalkFileTests : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Read_GivesUserLinks_RejectsBadRows_AndOverridesTheBuiltInLinksOfItsOldCodes()
    {
        var report = CrosswalkFile.Read(files.Write("crosswalk.csv", """
            old_code,new_code,share
            00001,00008,
            00001,00004,part
            00002,,whole
            00003,00004,most
            00001,00008,whole
            """));

        Assert.Equal(2, report.Accepted.Count);
        Assert.Equal([(4L, "new_code"), (5L, "share"), (6L, "new_code")], report.Errors.Select(e => (e.Row, e.Column)));
        var crosswalk = Units.VietnamUnits.CommuneCrosswalk2025.WithLinks(report.Accepted);
        Assert.Equal(["00004", "00008"], crosswalk.LinksFrom("00001").Select(l => l.NewCode));
        Assert.All(crosswalk.LinksFrom("00001"), l => Assert.Equal(Units.CrosswalkOrigin.User, l.Origin));
        Assert.Equal("00008", crosswalk.SuccessorOf("00001"));
    }
}
