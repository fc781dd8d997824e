using System.Text.Json;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    /// <summary>A report's JSON without what only a read from files has (its rows and the rejects by reason, docs/specification.md §9.10), for comparing it with a report computed in memory.</summary>
    private static string WithoutRowAccounting(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("rows");
        node.Remove("rejectedByReason");
        node.Remove("excludedByReason");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static readonly AdministrativeUnit[] Units =
    [
        new("01", "Hà Nội", GovernmentLevel.Province, null),
        new("001", "Ba Đình", GovernmentLevel.District, "01"),
        new("00001", "Phúc Xá", GovernmentLevel.Commune, "001"),
        new("B01", "Bộ Tư pháp", GovernmentLevel.Ministry, null),
    ];

    private static Dossier[] Dossiers()
    {
        var received = new LocalDateTime(2022, 3, 1, 9, 0);
        string[] units = ["01", "001", "00001", "B01"];
        return [.. Enumerable.Range(0, 40).Select(i => new Dossier(
            $"HS{i:D4}", units[i % 4], "1.004227", (DossierChannel)(i % 3), received.PlusDays(i), received.PlusDays(i + 10),
            i % 5 == 0 ? DossierStatus.Processing : DossierStatus.Completed,
            i % 5 == 0 ? null : received.PlusDays(i + (i % 7 == 0 ? 12 : 3))))];
    }

    private (string Dossiers, string Units) WriteData(string extension)
    {
        string dossiers = PathOf("dossiers" + extension), units = PathOf("units" + extension);
        DossierFile.Write(Dossiers(), dossiers);
        UnitFile.Write(Units, units);
        return (dossiers, units);
    }

    [Theory]
    [InlineData("level")]
    [InlineData("unit")]
    [InlineData("rollup")]
    [InlineData("national")]
    public void Report_CsvAndParquet_GiveTheReportOfTheRecords(string groupBy)
    {
        var (csv, csvUnits) = WriteData(".csv");
        var (parquet, parquetUnits) = WriteData(".parquet");
        var grouping = Enum.Parse<GroupBy>(groupBy, ignoreCase: true);
        var expected = DossierIndicators.Report(Dossiers(), ReportingPeriod.Parse("2022"), grouping, new UnitRegistry(Units));
        using var expectedJson = new MemoryStream();
        ReportWriter.WriteJson(expected, expectedJson);

        var fromCsv = Reform.Run("report", "--dossiers", csv, "--units", csvUnits, "--period", "2022", "--group-by", groupBy, "--format", "json");
        var fromParquet = Reform.Run("report", "--dossiers", parquet, "--units", parquetUnits, "--period", "2022", "--group-by", groupBy, "--format", "json");

        Assert.Equal(0, fromCsv.ExitCode);
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Equal(WithoutRowAccounting(System.Text.Encoding.UTF8.GetString(expectedJson.ToArray())), WithoutRowAccounting(fromCsv.Output));
        Assert.Equal(fromCsv.Output, fromParquet.Output);
        Assert.Equal("", fromCsv.Error);
    }

    [Fact]
    public void Report_Json_HasTheShapeOfIndicators8()
    {
        var (csv, units) = WriteData(".csv");
        var (exit, output, _) = Reform.Run("report", "--dossiers", csv, "--units", units, "--period", "2022-Q1", "--group-by", "unit", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2022-Q1", root.GetProperty("period").GetProperty("name").GetString());
        Assert.Equal("2022-01-01", root.GetProperty("period").GetProperty("first").GetString());
        Assert.Equal("2022-03-31", root.GetProperty("period").GetProperty("last").GetString());
        Assert.Equal("unit", root.GetProperty("groupBy").GetString());
        Assert.Equal(0, root.GetProperty("rejected").GetArrayLength());
        var hanoi = root.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "01");
        Assert.Equal("Hà Nội", hanoi.GetProperty("name").GetString());
        Assert.Equal("province", hanoi.GetProperty("level").GetString());
        Assert.Equal(21, hanoi.GetProperty("counts").EnumerateObject().Count());
        Assert.Equal(["onTimeResolution", "onTimeHandling", "online", "boundaryFree", "onlineElectronicResult", "fullProcessOnline"],
            hanoi.GetProperty("rates").EnumerateObject().Select(p => p.Name));
        var rate = hanoi.GetProperty("rates").GetProperty("onTimeResolution");
        Assert.True(rate.GetProperty("denominator").GetInt64() > 0);
        Assert.Equal(["numerator", "denominator", "percent", "noValue"], rate.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Report_RejectedRows_ExitCode1ReportStillWrittenRejectsListed()
    {
        var (csv, units) = WriteData(".csv");
        File.AppendAllText(csv, "HS0001,01,1.004227,online,2022-03-01T09:00,2022-03-11,,processing,0,,,,,\nX9,99,1.004227,fax,2022-03-01,2022-03-11,,processing,0,,,,,\n");
        string outFile = PathOf("report.json");

        var (exit, output, error) = Reform.Run("report", "--dossiers", csv, "--units", units, "--period", "2022", "--format", "json", "--out", outFile);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("row 42, dossier_id: repeats an earlier row's id", error, StringComparison.Ordinal);
        Assert.Contains("row 43, unit_code: not in the units file", error, StringComparison.Ordinal);
        Assert.Contains("row 43, channel: unknown channel", error, StringComparison.Ordinal);
        Assert.Contains("42 rows read, 40 accepted, 2 rejected", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        var rejected = json.RootElement.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("row").GetInt64(), r.GetProperty("column").GetString())).ToList();
        Assert.Equal([(42L, "dossier_id"), (43L, "unit_code"), (43L, "channel")], rejected);
    }

    [Fact]
    public void Report_Strict_StopsAtTheFirstBadRowWithExitCode1()
    {
        var (csv, _) = WriteData(".csv");
        var lines = File.ReadAllLines(csv).ToList();
        lines.Insert(3, "BAD,01,1.004227,online,2022-03-01,2022-02-01,,processing,0,,,,,");
        lines.Add("BAD2,01,1.004227,fax,2022-03-01,2022-03-11,,processing,0,,,,,");
        File.WriteAllLines(csv, lines);

        var (exit, output, error) = Reform.Run("report", "--dossiers", csv, "--period", "2022", "--strict");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("row 4, due_at: before received_at", error, StringComparison.Ordinal);
        Assert.DoesNotContain("BAD2", error, StringComparison.Ordinal);
        Assert.Contains("stopped at the first bad row", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_TableAndCsvFormats_ListTheGroups()
    {
        var (csv, units) = WriteData(".csv");
        var table = Reform.Run("report", "--dossiers", csv, "--units", units, "--period", "2022");
        var csvOut = Reform.Run("report", "--dossiers", csv, "--units", units, "--period", "2022", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("by level", table.Output, StringComparison.Ordinal);
        foreach (var level in new[] { "ministry", "province", "district", "commune" })
        {
            Assert.Contains(level, table.Output, StringComparison.Ordinal);
        }
        Assert.Equal(0, csvOut.ExitCode);
        var csvLines = csvOut.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("key,name,level,inScope,", csvLines[0], StringComparison.Ordinal);
        Assert.Equal(5, csvLines.Length);
    }

    [Theory]
    [InlineData("report", "--period", "2022")]                                        // no input
    [InlineData("report", "--dossiers", "x.csv")]                                     // no period
    [InlineData("report", "--dossiers", "x.csv", "--period", "2022", "--format", "xml")]
    [InlineData("report", "--dossiers", "x.csv", "--period", "someday")]
    [InlineData("report", "--dossiers", "x.csv", "--period", "2022", "--group-by", "level")] // level needs units
    [InlineData("frobnicate")]
    [InlineData("calendar", "due", "--received", "2023-01-16T09:30")]                // no limit
    [InlineData("calendar", "due", "--received", "soon", "--days", "3")]
    [InlineData("calendar", "days-off", "1066")]
    public void UsageErrors_ExitCode2WithAMessage(params string[] args)
    {
        var (exit, output, error) = Reform.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("reform: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnreadableInput_ExitCode2WithOneMessage()
    {
        string latin1 = PathOf("latin1.csv");
        File.WriteAllBytes(latin1, [.. "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status\n"u8, .. System.Text.Encoding.Latin1.GetBytes("A,Hà Nội,1,online,2022-01-01,2022-01-02,,processing\n")]);
        string missing = PathOf("missing-column.csv");
        File.WriteAllText(missing, "dossier_id,unit_code\nA,01\n");

        foreach (var path in new[] { latin1, missing, PathOf("does-not-exist.csv"), PathOf("empty.csv") })
        {
            if (path.EndsWith("empty.csv", StringComparison.Ordinal))
            {
                File.WriteAllText(path, "");
            }
            var (exit, output, error) = Reform.Run("report", "--dossiers", path, "--period", "2022");
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }

    [Fact]
    public void CalendarDue_WorkingDays_CrossesTet2023()
    {
        // 15 working days from Mon 16 Jan 2023, Tết off 20–26 Jan: ends on Mon 13 Feb.
        var (exit, output, error) = Reform.Run("calendar", "due", "--received", "2023-01-16T09:30", "--working-days", "15");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            WorkingCalendar.Vietnam.DueDate(new LocalDateTime(2023, 1, 16, 9, 30), TimeLimit.WorkingDays(15)).Date.ToString("uuuu-MM-dd", null),
            output[..10]);
        Assert.StartsWith("2023-02-13", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "3")]
    [InlineData("--hours", "8")]
    public void CalendarDue_DaysAndHours_Succeed(string option, string value)
    {
        var (exit, output, _) = Reform.Run("calendar", "due", "--received", "2023-01-16T09:30", option, value);
        Assert.Equal(0, exit);
        Assert.StartsWith("2023-01-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarDaysOff_TableAndJson_ListTheSchedule()
    {
        var table = Reform.Run("calendar", "days-off", "2026");
        var json = Reform.Run("calendar", "days-off", "2026", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("2026-01-01", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Output);
        Assert.Equal(WorkingCalendar.Vietnam.Schedule(2026).Count, doc.RootElement.GetArrayLength());
        Assert.Equal(doc.RootElement.GetArrayLength(), table.Output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void ReportSample2022_ReproducesThe2022NationalReview()
    {
        var (exit, output, error) = Reform.Run("report", "--sample", "2022");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var parts = output.Split("\n\n");
        var rows = parts[0].Split('\n').Where(l => l.Length > 0).ToDictionary(l => l.Split(' ')[0], l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("99.96", rows["ministry"][^3]);
        Assert.Equal("99.33", rows["province"][^3]);
        Assert.Equal("98.27", rows["district"][^3]);
        Assert.Equal("99.56", rows["commune"][^3]);
        Assert.Equal("52.80", rows["national"][^1]);
        // The other rows of national-review-2022.csv, after the table.
        var review = parts[1].Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToDictionary(l => l[..34].Trim(), l => l[34..]);
        Assert.StartsWith("52.80% ", review["online share"], StringComparison.Ordinal);
        Assert.Contains("2021 sample 35.30% ", review["online share"], StringComparison.Ordinal);
        Assert.Contains("; +17.50 pp (", review["online share"], StringComparison.Ordinal);
        Assert.Equal("ministries 100.00% (22/22), provinces 100.00% (63/63)", review["LGSP connected"]);
        Assert.Equal("ministries 86.36% (19/22), provinces 98.41% (62/63)", review["e-government architecture 2.0"]);
        Assert.Equal("2,358", review["procedure-change decisions"]);
        Assert.Equal("1,041", review["business regulations cut"]);
        Assert.StartsWith("100.00% (", review["eligible services fully online"], StringComparison.Ordinal);
        Assert.Contains("; +4.00 pp (", review["eligible services fully online"], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportSample_JsonOrAnotherPeriod_IsTheReportAlone()
    {
        // The review figures are for the sample's year, in the table format; JSON stays the report's schema.
        var json = Reform.Run("report", "--sample", "2022", "--sample-dossiers", "20000", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.DoesNotContain("National review", json.Output, StringComparison.Ordinal);
        var quarter = Reform.Run("report", "--sample", "2022", "--sample-dossiers", "20000", "--period", "2022-Q1");
        Assert.Equal(0, quarter.ExitCode);
        Assert.DoesNotContain("National review", quarter.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "2022", "2022")]
    [InlineData("parquet", "2022", "2022")]
    [InlineData("parquet", "2025", "2025-07-01..2025-10-28")]
    public void Sample_WrittenToFiles_ReportsAsTheInMemorySample(string format, string year, string period)
    {
        string dir = PathOf("sample-" + format);
        var slow = TimeSpan.FromMinutes(year == "2025" ? 5 : 1); // the 2025 sample has 440,000 dossiers
        var written = Reform.RunWithin(slow, "sample", "--year", year, "--dossiers", "20000", "--out", dir, "--format", format);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal("", written.Output);

        var fromFiles = Reform.RunWithin(slow, "report", "--dossiers", Path.Combine(dir, "dossiers." + format), "--units", Path.Combine(dir, "units." + format),
            "--procedures", Path.Combine(dir, "procedures." + format), "--period", period, "--group-by", "level", "--format", "json");
        var inMemory = Reform.RunWithin(slow, "report", "--sample", year, "--sample-dossiers", "20000", "--period", period, "--group-by", "level", "--format", "json");

        Assert.Equal(0, fromFiles.ExitCode);
        Assert.Equal(0, inMemory.ExitCode);
        // Both know every received dossier's procedure online level (docs/specification.md §10.3): the files from
        // their procedures file, the in-memory sample from its procedures. The reports are the same.
        Assert.All(Groups(fromFiles.Output), g => Assert.Equal(g["received"]!.GetValue<long>(), g["receivedWithOnlineLevel"]!.GetValue<long>()));
        Assert.All(Groups(inMemory.Output), g => Assert.Equal(g["received"]!.GetValue<long>(), g["receivedWithOnlineLevel"]!.GetValue<long>()));
        Assert.Equal(WithoutRowAccounting(inMemory.Output), WithoutRowAccounting(fromFiles.Output));
        Assert.Contains("\"received\": ", fromFiles.Output, StringComparison.Ordinal);

        static IEnumerable<System.Text.Json.Nodes.JsonNode> Groups(string json) =>
            System.Text.Json.Nodes.JsonNode.Parse(json)!["groups"]!.AsArray().Select(g => g!["counts"]!);
    }

    [Fact]
    public void Sample_YearOutOfRange_ExitCode2()
    {
        var (exit, _, error) = Reform.Run("sample", "--year", "1999", "--out", PathOf("s"));
        Assert.Equal(2, exit);
        Assert.Contains("2016 to 2024", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("scorecard")]
    [InlineData("sample")]
    [InlineData("calendar")]
    [InlineData("calendar", "due")]
    [InlineData("calendar", "days-off")]
    public void Help_EveryCommand_ShowsUsageAndAnExample(params string[] command)
    {
        var (exit, output, _) = Reform.Run([.. command, "--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("Example:", output, StringComparison.Ordinal);
        Assert.Contains("reform " + string.Join(' ', command), output, StringComparison.Ordinal);
    }
}
