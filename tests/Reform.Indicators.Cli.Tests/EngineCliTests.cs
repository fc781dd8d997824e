using System.Text.Json;
using Reform.Indicators.Data;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Cli.Tests;

/// <summary><c>reform report --engine</c>: the DuckDB engine gives the memory engine's groups; a source it cannot read is one line and exit code 2.</summary>
public sealed class EngineCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-engine-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("unit")]
    [InlineData("level")]
    public void Report_DuckDbOverAFolderOfCsv_GivesTheMemoryEnginesGroups(string groupBy)
    {
        var sample = NationalSample.Create(2022, 3_000);
        var dossiers = sample.Dossiers().ToArray();
        string folder = Path.Combine(directory, "exports");
        Directory.CreateDirectory(folder);
        string all = Path.Combine(directory, "all.csv"), units = Path.Combine(directory, "units.csv"), procedures = Path.Combine(directory, "procedures.csv");
        DossierFile.Write(dossiers, all);
        foreach (var (part, i) in dossiers.Chunk(1_100).Select((p, i) => (p, i)))
        {
            DossierFile.Write(part, Path.Combine(folder, $"2022-{i:D2}.csv"));
        }
        UnitFile.Write(sample.Units.Units, units);
        ProcedureFile.Write(sample.Procedures.Procedures, procedures);

        var memory = Reform.Run("report", "--dossiers", all, "--units", units, "--procedures", procedures, "--period", "2022-Q3", "--group-by", groupBy, "--format", "json");
        var duckdb = Reform.Run("report", "--engine", "duckdb", "--dossiers", folder, "--units", units, "--procedures", procedures, "--period", "2022-Q3", "--group-by", groupBy, "--format", "json");

        Assert.True(memory.ExitCode is 0 or 1, memory.Error);
        Assert.Equal(memory.ExitCode, duckdb.ExitCode);
        static string Groups(string json) => JsonDocument.Parse(json).RootElement.GetProperty("groups").GetRawText();
        Assert.Equal(Groups(memory.Output), Groups(duckdb.Output));
        Assert.True(JsonDocument.Parse(duckdb.Output).RootElement.GetProperty("groups").GetArrayLength() > 1);
        // The rows are accounted for the same way (the SQL engines do not itemise the reasons).
        static string Rows(string json) => JsonDocument.Parse(json).RootElement.GetProperty("rows").GetRawText();
        Assert.Equal(Rows(memory.Output), Rows(duckdb.Output));
        Assert.Equal(3_000, JsonDocument.Parse(duckdb.Output).RootElement.GetProperty("rows").GetProperty("read").GetInt64());

        // A period's pieces (--every) are counted in one query and give the memory engine's long table.
        string memoryTidy = Path.Combine(directory, $"memory-{groupBy}.csv"), duckdbTidy = Path.Combine(directory, $"duckdb-{groupBy}.csv");
        var memoryMonths = Reform.Run("report", "--dossiers", all, "--units", units, "--procedures", procedures, "--period", "2022", "--every", "month", "--group-by", groupBy, "--format", "tidy", "--out", memoryTidy);
        var duckdbMonths = Reform.Run("report", "--engine", "duckdb", "--dossiers", folder, "--units", units, "--procedures", procedures, "--period", "2022", "--every", "month", "--group-by", groupBy, "--format", "tidy", "--out", duckdbTidy);
        Assert.True(memoryMonths.ExitCode is 0 or 1, memoryMonths.Error);
        Assert.Equal(memoryMonths.ExitCode, duckdbMonths.ExitCode);
        Assert.Equal(File.ReadAllText(memoryTidy), File.ReadAllText(duckdbTidy));
        Assert.Contains("2022-12", File.ReadAllText(duckdbTidy), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PostgresUnreachable_OneLineExitCode2WithoutThePassword()
    {
        var (code, output, error) = Reform.Run("report", "--engine", "postgres", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=Very-Secret-1;Timeout=3",
            "--table", "dossiers", "--period", "2022");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("cannot connect", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Very-Secret-1", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--engine", "postgres", "--table", "dossiers")]
    [InlineData("--engine", "duckdb", "--connection", "Host=x", "--dossiers", "x.csv")]
    [InlineData("--engine", "duckdb", "--dossiers", "no/such/folder")]
    public void Report_EngineOptionsThatDoNotFit_UsageErrorExitCode2(params string[] args)
    {
        var (code, _, error) = Reform.Run(["report", "--period", "2022", .. args]);
        Assert.Equal(2, code);
        Assert.NotEqual("", error.Trim());
    }

    /// <summary>The end point <c>returned</c> (docs/specification.md §9.5) is applied by the SQL as by the memory engine.</summary>
    [Fact]
    public void Report_DuckDbWithEndPointReturned_GivesTheMemoryEnginesGroups()
    {
        string file = Path.Combine(directory, "returned.csv");
        // Finished on time, returned late; finished late, returned on time; returned only; finished only.
        File.WriteAllText(file, """
            dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,returned_at,status,supplement_requests,supplement_requested_at
            A1,01,1.000001,online,2022-03-01T09:00:00,2022-03-10T17:00:00,2022-03-09T10:00:00,2022-03-12T10:00:00,completed,0,
            A2,01,1.000001,direct,2022-03-01T09:00:00,2022-03-10T17:00:00,2022-03-11T10:00:00,2022-03-10T10:00:00,completed,0,
            A3,01,1.000001,direct,2022-03-01T09:00:00,2022-03-10T17:00:00,,2022-03-15T10:00:00,refused,0,
            A4,01,1.000001,postal,2022-03-01T09:00:00,2022-03-10T17:00:00,2022-03-05T10:00:00,,completed,0,
            """);
        string Groups(params string[] more)
        {
            var run = Reform.Run(["report", "--dossiers", file, "--period", "2022", "--group-by", "unit", "--format", "json", .. more]);
            Assert.True(run.ExitCode == 0, run.Error);
            return JsonDocument.Parse(run.Output).RootElement.GetProperty("groups").GetRawText();
        }
        string returned = Groups("--end-point", "returned");
        Assert.Equal(returned, Groups("--end-point", "returned", "--engine", "duckdb"));
        Assert.Equal(Groups(), Groups("--engine", "duckdb"));
        Assert.NotEqual(Groups(), returned); // the end point changes which dossiers are late
    }

    /// <summary><c>--repeats latest</c> (docs/specification.md §9.9): monthly snapshots of one dossier, the latest kept and the others superseded, by the SQL as by the memory engine.</summary>
    [Fact]
    public void Report_DuckDbWithRepeatsLatest_GivesTheMemoryEnginesReport()
    {
        string file = Path.Combine(directory, "snapshots.csv");
        File.WriteAllText(file, """
            dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at,updated_at
            S1,01,1.000001,online,2022-03-01T09:00:00,2022-03-10T17:00:00,,processing,0,,2022-03-31T23:00:00
            S1,01,1.000001,online,2022-03-01T09:00:00,2022-03-10T17:00:00,2022-04-12T10:00:00,completed,0,,2022-04-30T23:00:00
            S2,01,1.000001,direct,2022-03-02T09:00:00,2022-03-10T17:00:00,2022-03-09T10:00:00,completed,0,,2022-03-31T23:00:00
            S2,01,1.000001,direct,2022-03-02T09:00:00,2022-03-10T17:00:00,2022-03-09T10:00:00,completed,0,,
            S3,01,1.000001,postal,2022-03-03T09:00:00,2022-03-10T17:00:00,,processing,0,,
            """);
        string Json(params string[] more)
        {
            var run = Reform.Run(["report", "--dossiers", file, "--period", "2022", "--group-by", "unit", "--format", "json", "--repeats", "latest", .. more]);
            Assert.True(run.ExitCode == 0, run.Error);
            var root = JsonDocument.Parse(run.Output).RootElement;
            return root.GetProperty("rows").GetRawText() + root.GetProperty("groups").GetRawText();
        }
        string memory = Json();
        Assert.Equal(memory, Json("--engine", "duckdb"));
        var rows = JsonDocument.Parse(Reform.Run("report", "--dossiers", file, "--period", "2022", "--format", "json", "--repeats", "latest").Output).RootElement.GetProperty("rows");
        Assert.Equal((5, 3, 2), (rows.GetProperty("read").GetInt64(), rows.GetProperty("accepted").GetInt64(), rows.GetProperty("superseded").GetInt64()));
    }

    /// <summary>A policy the SQL does not apply yet is refused by name, never counted another way.</summary>
    [Theory]
    [InlineData("--deadline-rule", "working-hours")]
    [InlineData("--midnight-due-is-midnight")]
    [InlineData("--date-order", "mdy")]
    [InlineData("--strict")]
    public void Report_SqlEngineWithAPolicyItDoesNotApply_RefusedNamingTheOption(params string[] policy)
    {
        string file = Path.Combine(directory, "few.csv");
        DossierFile.Write(NationalSample.Create(2022, 50).Dossiers(), file);
        foreach (string[] engine in new[] { new[] { "--engine", "duckdb", "--dossiers", file }, ["--engine", "postgres", "--connection", "Host=127.0.0.1;Port=1", "--table", "t"] })
        {
            var (code, output, error) = Reform.Run(["report", "--period", "2022", .. engine, .. policy]);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains(policy[0], error, StringComparison.Ordinal);
            Assert.Contains("--engine memory only", error, StringComparison.Ordinal);
        }
        // The default value, given explicitly, is the SQL's policy: accepted.
        var defaults = Reform.Run("report", "--period", "2022", "--engine", "duckdb", "--dossiers", file, "--repeats", "first", "--deadline-rule", "end-of-day");
        Assert.True(defaults.ExitCode is 0 or 1, defaults.Error);
    }

    /// <summary>A hive lake (files only in year= folders) and a ** glob are the DuckDB engine's to resolve: the memory engine's file expansion is not applied to them.</summary>
    [Fact]
    public void Report_DuckDbOverAHiveLake_ReadsItsPartitions()
    {
        var dossiers = NationalSample.Create(2022, 400).Dossiers().ToArray();
        string lake = Path.Combine(directory, "lake");
        Directory.CreateDirectory(Path.Combine(lake, "year=2022"));
        DossierFile.Write(dossiers, Path.Combine(lake, "year=2022", "part-0.csv"));
        foreach (string input in new[] { lake, Path.Combine(lake, "**", "*.csv") })
        {
            var (code, output, error) = Reform.Run("report", "--engine", "duckdb", "--dossiers", input, "--period", "2022", "--group-by", "unit", "--format", "json");
            Assert.True(code is 0 or 1, error);
            Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("groups").GetArrayLength() > 1, output);
        }
    }
}
