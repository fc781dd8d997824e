using System.Text.Json;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli.Tests;

/// <summary><c>reform scorecard</c>, run as a process on small files written here.</summary>
public sealed class ScorecardCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-scorecard-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private const string UnitsCsv = """
        unit_code,name,level,parent_code,valid_from,valid_to
        01,Hà Nội,province,,,
        001,Ba Đình,district,01,,
        00001,Phúc Xá,commune,001,,
        00002,Trúc Bạch,commune,001,,
        B01,Bộ Tư pháp,ministry,,,
        B02,Bộ Nội vụ,ministry,,,

        """;

    // Handled on time (2.1), own records: 00001 3/4, 00002 2/2, 001 1/2, 01 2/2, B01 2/2, B02 1/2.
    // With the scope rules (a province or district counts its subtree): 001 6/8, 01 8/10.
    private const string DossiersCsv = """
        dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status
        C1-1,00001,1.004227,online,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed
        C1-2,00001,1.004227,direct,2022-03-02T09:00,2022-03-12,2022-03-05T10:00,completed
        C1-3,00001,1.004227,direct,2022-04-01T09:00,2022-04-11,2022-04-08T10:00,completed
        C1-4,00001,1.004227,direct,2022-05-01T09:00,2022-05-11,2022-05-20T10:00,completed
        C2-1,00002,1.004227,online,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed
        C2-2,00002,1.004227,online,2022-06-01T09:00,2022-06-11,2022-06-04T10:00,completed
        D-1,001,1.004227,direct,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed
        D-2,001,1.004227,direct,2022-03-01T09:00,2022-03-11,2022-03-25T10:00,completed
        P-1,01,1.004227,online,2022-07-01T09:00,2022-07-11,2022-07-04T10:00,completed
        P-2,01,1.004227,direct,2022-08-01T09:00,2022-08-11,2022-08-04T10:00,completed
        M1-1,B01,1.004227,online,2022-09-01T09:00,2022-09-11,2022-09-04T10:00,completed
        M1-2,B01,1.004227,online,2022-10-01T09:00,2022-10-11,2022-10-04T10:00,completed
        M2-1,B02,1.004227,direct,2022-09-01T09:00,2022-09-11,2022-09-04T10:00,completed
        M2-2,B02,1.004227,direct,2022-10-01T09:00,2022-10-11,2022-10-30T10:00,completed

        """;

    private (string Dossiers, string Units) WriteData()
    {
        string dossiers = PathOf("dossiers.csv"), units = PathOf("units.csv");
        File.WriteAllText(dossiers, DossiersCsv);
        File.WriteAllText(units, UnitsCsv);
        return (dossiers, units);
    }

    private static Dictionary<string, JsonElement> UnitsByCode(JsonDocument json) =>
        json.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u);

    private static JsonElement Indicator(JsonElement unit, string code) =>
        unit.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public void Scorecard_Csv_OnTimeHandlingIsTheRollupOfTheRecords()
    {
        var (dossiers, units) = WriteData();
        var (exit, output, error) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var cards = UnitsByCode(json);
        Assert.Equal(["00001", "00002", "001", "01", "B01", "B02"], cards.Keys.Order(StringComparer.Ordinal));

        // By hand (see DossiersCsv).
        var expectedByHand = new Dictionary<string, (long N, long D)>
        {
            ["00001"] = (3, 4), ["00002"] = (2, 2), ["001"] = (6, 8), ["01"] = (8, 10), ["B01"] = (2, 2), ["B02"] = (1, 2),
        };
        // In process: the same file read by the data package, counted by the indicators of docs/specification.md §4 rolled up.
        var read = DossierFile.Read(dossiers);
        var registry = UnitFile.ReadRegistry(units, out var unitErrors);
        Assert.Empty(unitErrors);
        var rollup = DossierIndicators.Report(read.Accepted, ReportingPeriod.Parse("2022"), GroupBy.Rollup, registry)
            .Groups.ToDictionary(g => g.Key, g => g.Counts.OnTimeHandling);
        foreach (var (code, (n, d)) in expectedByHand)
        {
            var onTime = Indicator(cards[code], "2.1");
            Assert.Equal(n, onTime.GetProperty("numerator").GetInt64());
            Assert.Equal(d, onTime.GetProperty("denominator").GetInt64());
            Assert.Equal(rollup[code].Numerator, onTime.GetProperty("numerator").GetInt64());
            Assert.Equal(rollup[code].Denominator, onTime.GetProperty("denominator").GetInt64());
            Assert.Equal((decimal)n / d, onTime.GetProperty("ratio").GetDecimal());
            Assert.Equal(20m * n / d, onTime.GetProperty("points").GetDecimal()); // linear, max 20
            Assert.Equal("records", onTime.GetProperty("data").GetString());
            Assert.Equal(JsonValueKind.Null, onTime.GetProperty("note").ValueKind);
        }
        Assert.Equal(3, cards["001"].GetProperty("scopeUnits").GetInt32()); // itself and its two communes
        Assert.Equal(1, cards["00001"].GetProperty("scopeUnits").GetInt32()); // a commune: only itself
    }

    [Fact]
    public void Scorecard_Json_HasTheDocumentedShapeTotalsAndRanks()
    {
        var (dossiers, units) = WriteData();
        var (exit, output, _) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022-Q4", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["period", "layout", "rejected", "units"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2022-10-01", root.GetProperty("period").GetProperty("first").GetString());
        Assert.Equal(100m, root.GetProperty("layout").GetProperty("maxPoints").GetDecimal());
        Assert.Equal(0, root.GetProperty("rejected").GetArrayLength());
        var cards = root.GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal(6, cards.Length);
        foreach (var card in cards)
        {
            Assert.Equal(
                ["code", "name", "level", "scopeUnits", "total", "totalDisplay", "maxPoints", "coveredMaxPoints", "noDataPoints", "totalOverCovered", "band", "rank", "peers", "groups"],
                card.EnumerateObject().Select(p => p.Name));
            var groups = card.GetProperty("groups").EnumerateArray().ToArray();
            Assert.Equal(5, groups.Length); // the 2022 layout
            Assert.Equal(card.GetProperty("total").GetDecimal(), groups.Sum(g => g.GetProperty("points").GetDecimal()));
            Assert.Equal(Math.Round(card.GetProperty("total").GetDecimal(), 2, MidpointRounding.AwayFromZero), card.GetProperty("totalDisplay").GetDecimal());
            foreach (var group in groups)
            {
                var indicators = group.GetProperty("indicators").EnumerateArray().ToArray();
                Assert.Equal(group.GetProperty("points").GetDecimal(), indicators.Sum(i => i.GetProperty("points").GetDecimal()));
                foreach (var indicator in indicators)
                {
                    Assert.Equal(
                        ["code", "numerator", "denominator", "ratio", "points", "pointsDisplay", "maxPoints", "applicable", "data", "note", "rule"],
                        indicator.EnumerateObject().Select(p => p.Name));
                    decimal points = indicator.GetProperty("points").GetDecimal();
                    Assert.InRange(points, 0m, indicator.GetProperty("maxPoints").GetDecimal());
                }
            }
            // Ranks among the same level on unrounded totals: 1 + the number of peers strictly ahead.
            var peers = cards.Where(c => c.GetProperty("level").GetString() == card.GetProperty("level").GetString()).ToArray();
            Assert.Equal(peers.Length, card.GetProperty("peers").GetInt32());
            int ahead = peers.Count(p => p.GetProperty("total").GetDecimal() > card.GetProperty("total").GetDecimal());
            Assert.Equal(1 + ahead, card.GetProperty("rank").GetInt32());
        }
        // In Q4 only the ministries have dossiers: B01 handled 2/2 on time, B02 1/2, so B01 ranks above B02.
        var byCode = cards.ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(1, byCode["B01"].GetProperty("rank").GetInt32());
        Assert.Equal(2, byCode["B02"].GetProperty("rank").GetInt32());
    }

    [Fact]
    public void Scorecard_IndicatorsWithoutRecords_AreNoData_EarnNothing_AndTheBandIsWithheld()
    {
        var (dossiers, units) = WriteData();
        var (exit, output, _) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var province = UnitsByCode(json)["01"];
        // 4.2 counts received dossiers, but whether they were digitised is not in the files: 0/0, N/A, not 0/10.
        var digitised = Indicator(province, "4.2");
        Assert.Equal("none", digitised.GetProperty("data").GetString());
        Assert.Equal(0m, digitised.GetProperty("denominator").GetDecimal());
        Assert.False(digitised.GetProperty("applicable").GetBoolean());
        Assert.StartsWith("no data: ", digitised.GetProperty("note").GetString(), StringComparison.Ordinal);
        // 5.2 without petitions: no data, so no points (not the portal's full points for 0/0), and not applicable.
        var petitions = Indicator(province, "5.2");
        Assert.Equal("none", petitions.GetProperty("data").GetString());
        Assert.Equal(0m, petitions.GetProperty("points").GetDecimal());
        Assert.False(petitions.GetProperty("applicable").GetBoolean());
        // The points without data are the maxima of the "none" indicators; the totals over 100 and over the covered maximum.
        var indicators = province.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).ToArray();
        decimal noData = indicators.Where(i => i.GetProperty("data").GetString() == "none").Sum(i => i.GetProperty("maxPoints").GetDecimal());
        Assert.Equal(noData, province.GetProperty("noDataPoints").GetDecimal());
        decimal covered = province.GetProperty("coveredMaxPoints").GetDecimal();
        Assert.Equal(100m, covered + noData);
        Assert.Equal(Math.Round(province.GetProperty("total").GetDecimal() / covered * 100m, 12, MidpointRounding.AwayFromZero), province.GetProperty("totalOverCovered").GetDecimal());
        Assert.True(covered < 50m);
        Assert.Equal(JsonValueKind.Null, province.GetProperty("band").ValueKind);
        // 3.1 without --procedures: no data.
        Assert.Equal("none", Indicator(province, "3.1").GetProperty("data").GetString());
        // 5.4 is computed from the dossiers with feedback taken as none: partial, with a note.
        var satisfaction = Indicator(province, "5.4");
        Assert.Equal("partial", satisfaction.GetProperty("data").GetString());
        Assert.Equal(10m, satisfaction.GetProperty("denominator").GetDecimal());
        Assert.Contains("feedback", satisfaction.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_Table_Full_ShowsEveryUnitWithBothTotalsRankAndNoDataMarks()
    {
        var (dossiers, units) = WriteData();
        var (exit, output, error) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022", "--full");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        foreach (var code in new[] { "00001", "00002", "001", "01", "B01", "B02" })
        {
            var heading = Assert.Single(lines, l => l.StartsWith(code + " ", StringComparison.Ordinal));
            Assert.Matches(@"/100, [\d.]+/100 over the indicators with data; band withheld; rank \d of \d; scope \d+ units$", heading);
        }
        Assert.Contains(lines, l => l.StartsWith("  2.1 ", StringComparison.Ordinal) && l.Contains("16.00", StringComparison.Ordinal)); // Hà Nội: 8/10 of 20
        Assert.Contains(lines, l => l.StartsWith("  4.2 ", StringComparison.Ordinal) && l.Contains(" no data ", StringComparison.Ordinal));
    }

    [Fact]
    public void Scorecard_Table_IsASummaryByDefault()
    {
        var (dossiers, units) = WriteData();
        var (exit, output, _) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022");

        Assert.Equal(0, exit);
        Assert.Contains("Data: the indicators with data are worth ", output, StringComparison.Ordinal);
        Assert.Contains("Bands withheld", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  2.1 ", output, StringComparison.Ordinal);
        Assert.Contains("add --full", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_RejectedRow_ExitCode1ScorecardStillWritten()
    {
        var (dossiers, units) = WriteData();
        File.AppendAllText(dossiers, "X-1,99,1.004227,direct,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed\n");
        string outFile = PathOf("scorecard.json");

        var (exit, output, error) = Reform.Run("scorecard", "--dossiers", dossiers, "--units", units, "--period", "2022", "--format", "json", "--out", outFile);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("row 16, unit_code: not in the units file", error, StringComparison.Ordinal);
        Assert.Contains("15 rows read, 14 accepted, 1 rejected", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(dossiers, rejected.GetProperty("file").GetString());
        Assert.Equal(16, rejected.GetProperty("row").GetInt64());
        Assert.Equal("unit_code", rejected.GetProperty("column").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("units").GetArrayLength());
        Assert.Equal(10, Indicator(UnitsByCode(json)["01"], "2.1").GetProperty("denominator").GetInt64());
    }

    [Theory]
    [InlineData("scorecard", "--period", "2022")]                                       // no input
    [InlineData("scorecard", "--dossiers", "DOSSIERS", "--period", "2022")]             // no units
    [InlineData("scorecard", "--dossiers", "DOSSIERS", "--units", "UNITS")]             // no period
    [InlineData("scorecard", "--dossiers", "DOSSIERS", "--units", "UNITS", "--period", "2021")] // before Decision 766
    [InlineData("scorecard", "--dossiers", "DOSSIERS", "--units", "UNITS", "--period", "2022", "--format", "csv")]
    [InlineData("scorecard", "--dossiers", "missing.csv", "--units", "UNITS", "--period", "2022")]
    [InlineData("scorecard", "--sample", "2022", "--dossiers", "DOSSIERS")]
    public void Scorecard_UsageErrors_ExitCode2WithAMessage(params string[] args)
    {
        var (dossiers, units) = WriteData();
        string[] resolved = [.. args.Select(a => a switch { "DOSSIERS" => dossiers, "UNITS" => units, "missing.csv" => PathOf(a), _ => a })];

        var (exit, output, error) = Reform.Run(resolved);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("reform: ", error, StringComparison.Ordinal);
    }
}
