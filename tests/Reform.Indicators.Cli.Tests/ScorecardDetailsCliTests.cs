using System.Text.Json;

namespace Reform.Indicators.Cli.Tests;

/// <summary>
/// <c>reform scorecard</c> reading the dossier details of a portal export (docs/scorecard.md, "Records"), and on the
/// files of the 2025 sample (docs/specification.md §14, "no data is not zero denominator").
/// </summary>
public sealed class ScorecardDetailsCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-scorecard-details-").FullName;

    /// <summary>The limit for a run over the whole 2025 sample.</summary>
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private const string UnitsCsv = """
        unit_code,name,level,parent_code,valid_from,valid_to
        01,Hà Nội,province,,,
        00001,Phúc Xá,commune,01,,

        """;

    // Portal names for the details; reused_data and the other detail columns are absent. Received in 2024: 5 dossiers,
    // 3 online, 2 of them with an electronic result (P-1, C-1); P-3 states no result. Synced: 4 of 5.
    private const string DossiersCsv = """
        MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,CoKetQuaDienTu,synced_to_portal,HoSoCoThanhPhanSoHoa,TaiKhoanDuocXacThucVoiVNeID,DuocThanhToanTrucTuyen
        P-1,01,1.004227,2,20240301090000,20240311,20240304100000,10,1,1,1,1,1
        P-2,01,1.004227,1,20240302090000,20240312,20240305100000,10,0,1,0,0,0
        P-3,01,1.004227,2,20240303090000,20240313,,4,,0,,,
        C-1,00001,1.004227,2,20240304090000,20240314,20240306100000,10,true,true,false,true,2
        C-2,00001,1.004227,1,20240305090000,20240315,20240307100000,10,false,true,,false,

        """;

    private static Dictionary<string, JsonElement> UnitsByCode(JsonDocument json) =>
        json.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u);

    private static JsonElement Indicator(JsonElement unit, string code) =>
        unit.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code);

    private static (decimal Numerator, decimal Denominator, string Data) Figure(JsonElement unit, string code)
    {
        var i = Indicator(unit, code);
        return (i.GetProperty("numerator").GetDecimal(), i.GetProperty("denominator").GetDecimal(), i.GetProperty("data").GetString()!);
    }

    [Fact]
    public void Scorecard_PortalDetailColumns_GiveTheirIndicatorsData_AndAnAbsentColumnIsNoData()
    {
        string dossiers = PathOf("export.csv"), units = PathOf("units.csv");
        File.WriteAllText(dossiers, DossiersCsv);
        File.WriteAllText(units, UnitsCsv);

        var (exit, output, error) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2024", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var province = UnitsByCode(json)["01"]; // itself and its commune
        Assert.Equal((4m, 5m, "records"), Figure(province, "1.4"));  // synced_to_portal
        Assert.Equal((2m, 5m, "records"), Figure(province, "3.3"));  // onlineElectronicResult: online with CoKetQuaDienTu true
        Assert.Equal((1m, 5m, "records"), Figure(province, "4.2"));  // HoSoCoThanhPhanSoHoa (no procedure details: no written result required)
        Assert.Equal((2m, 5m, "records"), Figure(province, "4.5b")); // TaiKhoanDuocXacThucVoiVNeID
        Assert.Equal((0m, 0m, "none"), Figure(province, "4.3"));     // reused_data: no such column
        Assert.Contains("reused_data", Indicator(province, "4.3").GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal((1m, 2m, "records"), Figure(UnitsByCode(json)["00001"], "3.3"));
    }

    [Fact]
    public void Scorecard_ABadDetailValue_RejectsItsRow_NamingFileRowColumnAndReason()
    {
        string dossiers = PathOf("export.csv"), units = PathOf("units.csv");
        File.WriteAllText(dossiers, DossiersCsv + "C-3,00001,1.004227,2,20240306090000,20240316,20240307100000,10,1,1,1,1,x\n");
        File.WriteAllText(units, UnitsCsv);

        var (exit, output, error) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2024", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("row 7, paid_online: unknown online payment", error, StringComparison.Ordinal);
        Assert.Contains("6 rows read, 5 accepted, 1 rejected", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(dossiers, rejected.GetProperty("file").GetString());
        Assert.Equal(7, rejected.GetProperty("row").GetInt64());
        Assert.Equal("paid_online", rejected.GetProperty("column").GetString());
        Assert.Equal("x", rejected.GetProperty("value").GetString());
        Assert.Equal((2m, 5m, "records"), Figure(UnitsByCode(json)["01"], "3.3")); // the rejected row counts nowhere
    }

    [Fact]
    public void Scorecard_On2025SampleFiles_ScoresNoIndicatorWithoutData_ShowsCoverageAndBothTotals_AsASummary()
    {
        string dir = PathOf("sample-2025");
        Assert.Equal(0, Reform.RunWithin(Slow, "sample", "--year", "2025", "--out", dir).ExitCode);
        string[] files = ["--dossiers", Path.Combine(dir, "dossiers.csv"), "--units", Path.Combine(dir, "units.csv"), "--procedures", Path.Combine(dir, "procedures.csv")];
        const string Window = "2025-07-01..2025-10-28";

        var table = Reform.RunWithin(Slow, ["scorecard", .. files, "--period", Window]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Data: the indicators with data are worth 44 of 100 points", table.Output, StringComparison.Ordinal);
        Assert.Contains("Bands withheld", table.Output, StringComparison.Ordinal);
        Assert.Contains("over the indicators with data", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  2.1 ", table.Output, StringComparison.Ordinal); // a summary: no unit's indicator lines
        Assert.True(table.Output.Split('\n').Length < 60, "a summary, not a line per unit and indicator");

        var json = Reform.RunWithin(Slow, ["scorecard", .. files, "--period", Window, "--format", "json"]);
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        var units = doc.RootElement.GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal(17 + 34 + 3_321, units.Length);
        foreach (var unit in units)
        {
            var indicators = unit.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).ToArray();
            foreach (var i in indicators.Where(i => i.GetProperty("data").GetString() == "none"))
            {
                // Never scored by its zero-denominator policy: 0 points, not applicable, the reason given.
                Assert.Equal(0m, i.GetProperty("points").GetDecimal());
                Assert.False(i.GetProperty("applicable").GetBoolean());
                Assert.StartsWith("no data: ", i.GetProperty("note").GetString(), StringComparison.Ordinal);
            }
            Assert.Equal(44m, unit.GetProperty("coveredMaxPoints").GetDecimal());
            Assert.Equal(56m, unit.GetProperty("noDataPoints").GetDecimal());
            Assert.Equal(JsonValueKind.Null, unit.GetProperty("band").ValueKind);
            Assert.Equal(JsonValueKind.Number, unit.GetProperty("totalOverCovered").ValueKind);
            Assert.Equal("records", Indicator(unit, "1.4").GetProperty("data").GetString());
            Assert.Equal("records", Indicator(unit, "3.3").GetProperty("data").GetString());
        }
        // 3.3 is the named rate onlineElectronicResult: over the provinces (each with its communes) it adds up to the
        // report's figure for the province and commune levels.
        var report = Reform.RunWithin(Slow, ["report", .. files, "--period", Window, "--group-by", "level", "--format", "json"]);
        using var reportDoc = JsonDocument.Parse(report.Output);
        var rates = reportDoc.RootElement.GetProperty("groups").EnumerateArray()
            .Where(g => g.GetProperty("key").GetString() is "province" or "commune")
            .Select(g => g.GetProperty("rates").GetProperty("onlineElectronicResult")).ToArray();
        var provinces = units.Where(u => u.GetProperty("level").GetString() == "province").ToArray();
        Assert.Equal(rates.Sum(r => r.GetProperty("numerator").GetDecimal()), provinces.Sum(p => Figure(p, "3.3").Numerator));
        Assert.Equal(rates.Sum(r => r.GetProperty("denominator").GetDecimal()), provinces.Sum(p => Figure(p, "3.3").Denominator));
    }
}
