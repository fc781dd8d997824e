using System.Text.Json;
using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli.Tests;

/// <summary><c>reform report --group-by rollup --units-as-of DATE [--crosswalk FILE]</c>: a year before 1 July 2025 by today's units.</summary>
public sealed class TodaysUnitsCliTests : IDisposable
{
    private const string Today = "2026-12-31";
    private const string FirstHalf = "2025-01-01..2025-06-30";
    private readonly string directory = Directory.CreateTempSubdirectory("reform-today-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static List<(string Key, string? Level, long Received)> Groups(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("groups").EnumerateArray().Select(g =>
            (g.GetProperty("key").GetString()!, g.GetProperty("level").GetString(), g.GetProperty("counts").GetProperty("received").GetInt64()))];
    }

    [Fact]
    public void Sample2025_FirstHalf_ByTodaysUnits_HasOnlyTodaysUnits_AndEveryDossier()
    {
        var rolled = Reform.Run("report", "--sample", "2025", "--sample-dossiers", "20000", "--period", FirstHalf, "--group-by", "rollup", "--units-as-of", Today, "--format", "json");
        Assert.True(rolled.ExitCode == 0, rolled.Error);
        var national = Reform.Run("report", "--sample", "2025", "--sample-dossiers", "20000", "--period", FirstHalf, "--group-by", "national", "--format", "json");
        Assert.Equal(0, national.ExitCode);

        var groups = Groups(rolled.Output);
        var today = VietnamUnits.Registry.AsOf(LocalDate.FromDateTime(new DateTime(2026, 12, 31)));
        // Ministries stay as they are; every other group is a province or commune of today, none a district.
        var territorial = groups.Where(g => g.Level != "ministry").ToList();
        Assert.NotEmpty(territorial);
        Assert.All(territorial, g => Assert.True(today.Contains(g.Key), $"{g.Key} is not a unit of {Today}"));
        Assert.DoesNotContain(groups, g => g.Level == "district");
        Assert.InRange(groups.Count(g => g.Level == "province"), 30, 34);
        // Every dossier is under exactly one root: today's provinces plus the ministries.
        long roots = groups.Where(g => g.Level is "province" or "ministry").Sum(g => g.Received);
        Assert.Equal(Groups(national.Output).Single().Received, roots);
    }

    [Fact]
    public void Files_ByTodaysUnits_SameInEveryEngine_AndAUserCrosswalkMovesACommune()
    {
        string dir = Path.Combine(directory, "sample");
        Assert.Equal(0, Reform.Run("sample", "--year", "2025", "--dossiers", "20000", "--out", dir, "--format", "csv").ExitCode);
        string[] inputs = ["report", "--dossiers", Path.Combine(dir, "dossiers.csv"), "--units", Path.Combine(dir, "units.csv"), "--procedures", Path.Combine(dir, "procedures.csv"), "--period", FirstHalf];

        var memory = Reform.Run([.. inputs, "--group-by", "rollup", "--units-as-of", Today, "--format", "json"]);
        Assert.True(memory.ExitCode is 0 or 1, memory.Error);
        var duckdb = Reform.Run([.. inputs, "--group-by", "rollup", "--units-as-of", Today, "--format", "json", "--engine", "duckdb"]);
        Assert.True(duckdb.ExitCode is 0 or 1, duckdb.Error);
        Assert.Equal(Groups(memory.Output), Groups(duckdb.Output));

        // An old commune of the report, sent by the user's crosswalk to 00004 instead of its built-in successor.
        var byUnit = Groups(Reform.Run([.. inputs, "--group-by", "unit", "--format", "json"]).Output);
        var moved = byUnit.First(g => g.Level == "commune" && VietnamUnits.CommuneCrosswalk2025.SuccessorOf(g.Key) is { } s && s != "00004"
            && VietnamUnits.Registry.Find(g.Key, new LocalDate(2026, 12, 31)) is null);
        string crosswalk = Path.Combine(directory, "mine.csv");
        File.WriteAllText(crosswalk, $"old_code,new_code,share\n{moved.Key},00004,whole\n");
        var mine = Reform.Run([.. inputs, "--group-by", "rollup", "--units-as-of", Today, "--crosswalk", crosswalk, "--format", "json"]);
        Assert.True(mine.ExitCode is 0 or 1, mine.Error);
        long Received(string json, string key) => Groups(json).Where(g => g.Key == key).Sum(g => g.Received);
        Assert.Equal(Received(memory.Output, "00004") + moved.Received, Received(mine.Output, "00004"));
        string builtIn = VietnamUnits.CommuneCrosswalk2025.SuccessorOf(moved.Key)!;
        Assert.Equal(Received(memory.Output, builtIn) - moved.Received, Received(mine.Output, builtIn));
    }

    [Theory]
    [InlineData("--group-by", "level", "--units-as-of", Today, "--units-as-of needs --group-by rollup")]
    [InlineData("--group-by", "rollup", "--crosswalk", "x.csv", "--crosswalk needs --units-as-of")]
    [InlineData("--group-by", "rollup", "--units-as-of", "31/12/2026", "not a date")]
    public void WrongOptions_AreUsageErrors(string a, string b, string c, string d, string message)
    {
        var run = Reform.Run("report", "--sample", "2025", "--sample-dossiers", "1000", a, b, c, d);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
