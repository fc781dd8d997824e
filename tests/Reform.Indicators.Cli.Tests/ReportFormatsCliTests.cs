using System.Globalization;
using Reform.Indicators.Columnar;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Cli.Tests;

/// <summary><c>--format tidy</c>, <c>--every</c> and the byte-order mark of CSV output, run as a user would.</summary>
public sealed class ReportFormatsCliTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly string directory = Directory.CreateTempSubdirectory("reform-format-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private static List<string[]> Lines(string path)
    {
        var text = File.ReadAllText(path); // File.ReadAllText drops a byte-order mark
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
    }

    [Fact]
    public void Report_EveryMonthTidy_Gives12PeriodsAndPercentsOfTheirParts()
    {
        string tidy = PathOf("months.csv");
        var (code, _, error) = Reform.Run("report", "--sample", "2022", "--sample-dossiers", "20000", "--period", "2022", "--every", "month", "--group-by", "level", "--format", "tidy", "--out", tidy);
        Assert.True(code == 0, error);
        var lines = Lines(tidy);
        Assert.Equal(TidyWriter.Header, string.Join(',', lines[0]));
        var rows = lines.Skip(1).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2022-{m:00}"), rows.Select(r => r[3]).Distinct());
        Assert.Equal(12 * 4 * 3, rows.Count); // 12 months × 4 levels × 3 indicators
        foreach (var row in rows)
        {
            long numerator = long.Parse(row[5], CultureInfo.InvariantCulture), denominator = long.Parse(row[6], CultureInfo.InvariantCulture);
            Assert.InRange(numerator, 0, denominator);
            if (denominator == 0)
            {
                Assert.Equal("", row[7]);
            }
            else
            {
                var percent = decimal.Parse(row[7], CultureInfo.InvariantCulture);
                Assert.Equal(Math.Round(100m * numerator / denominator, 2, MidpointRounding.AwayFromZero), percent);
            }
        }
        // The months are those of the library, counted in one pass.
        var sample = NationalSample.Create(2022, 20_000);
        var march = ColumnarIndicators.Report(sample.ToTable(), ReportingPeriod.Month(2022, 3), GroupBy.Level, sample.Units)["province"]!;
        var marchRow = rows.Single(r => r[3] == "2022-03" && r[0] == "province" && r[4] == "onTimeResolution");
        Assert.Equal((march.OnTimeResolution.Numerator, march.OnTimeResolution.Denominator),
            (long.Parse(marchRow[5], CultureInfo.InvariantCulture), long.Parse(marchRow[6], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("csv", true)]
    [InlineData("tidy", true)]
    [InlineData("json", false)]
    [InlineData("table", false)]
    public void Report_CsvFormatsStartWithAByteOrderMark_OthersDoNot(string format, bool bom)
    {
        string file = PathOf("report." + format);
        var (code, _, error) = Reform.Run("report", "--sample", "2022", "--sample-dossiers", "5000", "--format", format, "--out", file);
        Assert.True(code == 0, error);
        Assert.Equal(bom, File.ReadAllBytes(file).AsSpan().StartsWith(Bom));
        if (bom)
        {
            string plain = PathOf("plain." + format);
            Assert.Equal(0, Reform.Run("report", "--sample", "2022", "--sample-dossiers", "5000", "--format", format, "--no-bom", "--out", plain).ExitCode);
            Assert.Equal(File.ReadAllBytes(file)[Bom.Length..], File.ReadAllBytes(plain));
        }
    }

    [Fact]
    public void Report_EveryQuarterFromFiles_EqualsTheSample()
    {
        string data = PathOf("sample");
        Assert.Equal(0, Reform.Run("sample", "--year", "2022", "--dossiers", "5000", "--out", data).ExitCode);
        string fromFiles = PathOf("files.csv"), fromSample = PathOf("sample.csv");
        var (code, _, error) = Reform.Run("report", "--dossiers", Path.Combine(data, "dossiers.csv"), "--units", Path.Combine(data, "units.csv"),
            "--procedures", Path.Combine(data, "procedures.csv"), "--period", "2022", "--every", "quarter", "--format", "tidy", "--out", fromFiles);
        Assert.True(code == 0, error);
        Assert.Equal(0, Reform.Run("report", "--sample", "2022", "--sample-dossiers", "5000", "--every", "quarter", "--format", "tidy", "--out", fromSample).ExitCode);
        Assert.Equal(File.ReadAllText(fromSample), File.ReadAllText(fromFiles));
        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], Lines(fromFiles).Skip(1).Select(r => r[3]).Distinct());
    }

    [Fact]
    public void Report_EveryYearOfAYear_FromFiles_IsThatYearsReport()
    {
        string data = PathOf("sample-year");
        Assert.Equal(0, Reform.Run("sample", "--year", "2022", "--dossiers", "2000", "--out", data).ExitCode);
        string tidy = PathOf("year.csv");
        var (code, _, error) = Reform.Run("report", "--dossiers", Path.Combine(data, "dossiers.csv"), "--procedures", Path.Combine(data, "procedures.csv"),
            "--period", "2022", "--every", "year", "--format", "tidy", "--out", tidy);
        Assert.True(code == 0, error);
        Assert.Equal(["2022"], Lines(tidy).Skip(1).Select(r => r[3]).Distinct());
    }

    [Fact]
    public void Report_EveryWithJson_IsAUsageError()
    {
        var (code, _, error) = Reform.Run("report", "--sample", "2022", "--sample-dossiers", "1000", "--every", "month", "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("--format tidy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Xlsx_HoldsTheProvinceLevelsFigureAndTheRowsAccountedFor()
    {
        string data = PathOf("sample-x");
        Assert.Equal(0, Reform.Run("sample", "--year", "2022", "--out", data).ExitCode);
        string workbook = PathOf("r.xlsx");
        var (code, _, error) = Reform.Run("report", "--dossiers", Path.Combine(data, "dossiers.csv"), "--units", Path.Combine(data, "units.csv"),
            "--procedures", Path.Combine(data, "procedures.csv"), "--period", "2022", "--format", "xlsx", "--out", workbook);
        Assert.True(code == 0, error);
        Assert.Equal(["report", "rows", "rejects by reason", "rejects"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
        var report = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "report").Cast<IDictionary<string, object>>().ToList();
        var province = report.Single(r => (string)r["unit"] == "province");
        Assert.Equal(99.33, Convert.ToDouble(province["onTimeResolution %"], CultureInfo.InvariantCulture));
        Assert.Equal("2022", province["period"]?.ToString());
        var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "rows").Cast<IDictionary<string, object>>().Single();
        long lines = File.ReadLines(Path.Combine(data, "dossiers.csv")).LongCount() - 1;
        Assert.Equal(lines, Convert.ToInt64(rows["rows read"], CultureInfo.InvariantCulture));
        Assert.Equal(lines, Convert.ToInt64(rows["accepted"], CultureInfo.InvariantCulture) + Convert.ToInt64(rows["rejected"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_ParquetWithoutOut_IsAUsageError_AndWithOutHoldsTheTidyRows()
    {
        Assert.Equal(2, Reform.Run("report", "--sample", "2022", "--sample-dossiers", "1000", "--format", "parquet").ExitCode);
        string parquet = PathOf("months.parquet"), csv = PathOf("months.csv");
        Assert.Equal(0, Reform.Run("report", "--sample", "2022", "--sample-dossiers", "5000", "--every", "quarter", "--format", "parquet", "--out", parquet).ExitCode);
        Assert.Equal(0, Reform.Run("report", "--sample", "2022", "--sample-dossiers", "5000", "--every", "quarter", "--format", "tidy", "--out", csv).ExitCode);
        var expected = Lines(csv).Skip(1).ToList();
        using var reader = new ParquetSharp.ParquetFileReader(parquet);
        using var group = reader.RowGroup(0);
        int n = checked((int)group.MetaData.NumRows);
        string[] Text(int column) => group.Column(column).LogicalReader<string>().ReadAll(n);
        var periods = Text(3);
        var numerators = group.Column(7).LogicalReader<long>().ReadAll(n);
        var percents = group.Column(9).LogicalReader<double?>().ReadAll(n);
        Assert.Equal(expected.Count, n);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(expected[i][3], periods[i]);
            Assert.Equal(expected[i][5], numerators[i].ToString(CultureInfo.InvariantCulture));
            Assert.Equal(expected[i][7], percents[i]?.ToString("0.00", CultureInfo.InvariantCulture) ?? "");
        }
    }
}
