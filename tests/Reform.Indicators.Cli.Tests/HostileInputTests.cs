using System.Text;
using System.Text.Json;

namespace Reform.Indicators.Cli.Tests;

/// <summary>
/// A corpus of hostile and realistic inputs, generated here (no large file is committed), one test
/// per case: each ends in a report, a rejected row, or exit code 2 with one line naming the file —
/// never an abort (docs/specification.md §9).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Header = "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status";
    private const string Good = "A1,01,1.004227,online,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed";

    private readonly string directory = Directory.CreateTempSubdirectory("reform-hostile-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private string WriteText(string name, string text)
    {
        File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
        return PathOf(name);
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes);
        return PathOf(name);
    }

    private static void AssertOneLineExit2((int ExitCode, string Output, string Error) run, params string[] contains)
    {
        Assert.Equal(2, run.ExitCode);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.True(lines[0].Length < 400, lines[0]);
        foreach (var text in contains)
        {
            Assert.Contains(text, lines[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_LineOf20MiB_Exit2NamingFileAndLine()
    {
        var text = new StringBuilder(Header).Append('\n').Append(Good).Append('\n')
            .Append("A2,01,1.004227,online,2022-03-01T09:00,").Append('x', 20 << 20).Append(",,processing\n");
        string path = WriteText("long-line.csv", text.ToString());

        AssertOneLineExit2(Reform.Run("report", "--dossiers", path, "--period", "2022"), path, "line 3");
    }

    [Fact]
    public void Report_UnclosedQuoteFollowedBy20MiB_Exit2NamingFileAndLine()
    {
        var text = new StringBuilder(Header).Append('\n').Append(Good).Append('\n').Append("\"A2,01");
        for (int i = 0; i < (20 << 20) / 80; i++)
        {
            text.Append('\n').Append(Good);
        }
        string path = WriteText("unclosed.csv", text.ToString());

        AssertOneLineExit2(Reform.Run("report", "--dossiers", path, "--period", "2022"), path, "line 3");
    }

    [Fact]
    public void CalendarDue_HugeLimit_Exit2()
    {
        var run = Reform.Run("calendar", "due", "--received", "2023-01-16T09:30", "--working-days", "100000");
        AssertOneLineExit2(run, "working calendar");
    }

    [Fact]
    public void Report_Utf16WithoutByteOrderMark_Exit2NamingTheEncoding()
    {
        string path = WriteBytes("utf16.csv", Encoding.Unicode.GetBytes(Header + "\n" + Good + "\n"));
        AssertOneLineExit2(Reform.Run("report", "--dossiers", path, "--period", "2022"), path, "UTF-16", "without a byte-order mark");
    }

    [Fact]
    public void Report_Windows1258Byte_Exit2NamingTheCodePageAndTheExactLine()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 5000; i++)
        {
            lines.Add($"A{i},01,1.004227,online,2022-03-01T09:00,2022-03-11,2022-03-04T10:00,completed");
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n").ToList();
        // "Hà Nội" in Windows-1258 on line 4,000: 0xE0 is 'à' there, and no UTF-8.
        string line = string.Join('\n', lines.Take(3999)) + "\n";
        int at = Encoding.UTF8.GetByteCount(line);
        bytes.InsertRange(at, [(byte)'H', 0xE0, (byte)' ']);
        string path = WriteBytes("cp1258.csv", [.. bytes]);

        AssertOneLineExit2(Reform.Run("report", "--dossiers", path, "--period", "2022"), path, "line 4,000", "byte E0", "Windows-1258");
    }

    [Fact]
    public void Report_ParquetNamedCsv_Exit2SayingItIsParquet()
    {
        string parquet = PathOf("real.parquet");
        Data.DossierFile.Write([], parquet);
        File.Move(parquet, PathOf("named.csv"));

        AssertOneLineExit2(Reform.Run("report", "--dossiers", PathOf("named.csv"), "--period", "2022"), "named.csv", "a Parquet file");
    }

    [Fact]
    public void Report_TruncatedParquet_Exit2NamingTheFile()
    {
        string path = PathOf("truncated.parquet");
        Data.DossierFile.Write([], path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        AssertOneLineExit2(Reform.Run("report", "--dossiers", path, "--period", "2022"), path, "Parquet");
    }

    [Fact]
    public void Report_EmptyDirectory_Exit2_AndADirectoryOfExportsIsReadAsOneDataSet()
    {
        Directory.CreateDirectory(PathOf("empty"));
        AssertOneLineExit2(Reform.Run("report", "--dossiers", PathOf("empty"), "--period", "2022"), "no .csv or .parquet file");

        Directory.CreateDirectory(PathOf("exports"));
        File.WriteAllText(PathOf("exports/2022-01.csv"), Header + "\n" + Good + "\nA2,01,1.004227,online,2022-03-01T09:00,2022-03-11,,processing\n");
        File.WriteAllText(PathOf("exports/2022-02.csv"), Header + "\n" + Good + "\nA3,01,1.004227,online,2022-03-01T09:00,2022-03-11,,1\n");
        var (exit, output, error) = Reform.Run("report", "--dossiers", PathOf("exports"), "--period", "2022", "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal((4, 2, 1, 1, 0), (rows.GetProperty("read").GetInt32(), rows.GetProperty("accepted").GetInt32(), rows.GetProperty("rejected").GetInt32(),
            rows.GetProperty("excluded").GetInt32(), rows.GetProperty("superseded").GetInt32()));
        var reject = json.RootElement.GetProperty("rejected")[0];
        Assert.Equal((PathOf("exports/2022-02.csv"), 2L, "dossier_id"), (reject.GetProperty("file").GetString(), reject.GetProperty("row").GetInt64(), reject.GetProperty("column").GetString()));
        Assert.Contains($"{PathOf("exports/2022-02.csv")}: row 2, dossier_id: repeats an earlier row's id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutUnwritable_Exit2BeforeReading()
    {
        // The input does not exist: the message is about --out, so --out was checked first.
        Directory.CreateDirectory(PathOf("out-dir"));
        AssertOneLineExit2(Reform.Run("report", "--dossiers", PathOf("missing.csv"), "--period", "2022", "--out", PathOf("out-dir")), "--out", "directory");
        AssertOneLineExit2(Reform.Run("report", "--dossiers", PathOf("missing.csv"), "--period", "2022", "--out", PathOf("no/such/dir/report.json")), "--out");
    }

    [Fact]
    public void Report_MostRowsWithoutDeadline_SaysToGiveTheProceduresFile()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 10; i++)
        {
            lines.Add($"A{i},01,1.00{i}227,online,2022-03-01T09:00,,,processing");
        }
        string path = WriteText("no-due.csv", string.Join('\n', lines) + "\n");

        var (exit, output, error) = Reform.Run("report", "--dossiers", path, "--period", "2022");

        Assert.Equal(1, exit);
        Assert.Contains("give --procedures FILE", error, StringComparison.Ordinal);
        // One reason for ten procedures: the code is the value, not part of the reason.
        Assert.Contains("        10  due_at: empty, and the procedure has no known time limit", error, StringComparison.Ordinal);
        Assert.Contains("10 rows read: 0 accepted, 10 rejected, 0 excluded, 0 superseded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RejectsFileAndMaxRejects_AllStreamedFirstListed()
    {
        var lines = new List<string> { Header };
        for (int i = 0; i < 30; i++)
        {
            lines.Add($"A{i},01,1.004227,fax,2022-03-01T09:00,2022-03-11,,processing");
        }
        string path = WriteText("faxes.csv", string.Join('\n', lines) + "\n");
        string rejects = PathOf("rejects.csv");

        var (exit, output, _) = Reform.Run("report", "--dossiers", path, "--period", "2022", "--format", "json", "--max-rejects", "4", "--rejects", rejects);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("rejected").GetArrayLength());
        Assert.Equal(30, json.RootElement.GetProperty("rows").GetProperty("rejected").GetInt32());
        Assert.Equal(30, json.RootElement.GetProperty("rejectedByReason")[0].GetProperty("rows").GetInt32());
        Assert.Equal(31, File.ReadAllLines(rejects).Length);
    }

    [Fact]
    public void Report_PortalMonthlyExports_RepeatsLatest_RowsAddUp()
    {
        const string portal = "MaHoSo,MaDonVi,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,NgayCapNhat";
        string jan = WriteText("jan.csv", portal + "\nHS1,01,1.004227,2,20220106080000,13/01/2022 00:00:00,,4,20220131170000\nHS2,01,1.004227,1,20220106080000,20220113,,receiving,20220131170000\n");
        string feb = WriteText("feb.csv", portal + "\nHS1,01,1.004227,2,20220106080000,13/01/2022 00:00:00,20220113160000,done,20220228170000\nHS2,01,1.004227,1,20220110080000,20220117,,new,20220228170000\n");

        var (exit, output, _) = Reform.Run("report", "--dossiers", jan, "--dossiers", feb, "--period", "2022", "--repeats", "latest", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal((4, 2, 0, 1, 1), (rows.GetProperty("read").GetInt32(), rows.GetProperty("accepted").GetInt32(), rows.GetProperty("rejected").GetInt32(),
            rows.GetProperty("excluded").GetInt32(), rows.GetProperty("superseded").GetInt32()));
        var counts = json.RootElement.GetProperty("groups")[0].GetProperty("counts");
        // HS1 finished at 16:00 on its due day, given as midnight: on time.
        Assert.Equal(1, counts.GetProperty("resolvedOnTime").GetInt32());
        Assert.Equal(0, counts.GetProperty("resolvedLate").GetInt32());
    }
}
