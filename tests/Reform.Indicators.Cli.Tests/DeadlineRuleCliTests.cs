using System.Text.Json;

namespace Reform.Indicators.Cli.Tests;

/// <summary><c>reform report --deadline-rule</c> (docs/specification.md §10.4).</summary>
public sealed class DeadlineRuleCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reform-deadline-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("end-of-day", 0)]
    [InlineData("working-hours", 1)]
    public void Report_DeadlineRule_DecidesTheDeadlineOfARowWithoutDueAt(string rule, int late)
    {
        // Received Monday 4 March 2024 at 16:00, 1 working day, finished Tuesday 16:30.
        // end-of-day: after the 15:00 cut-off the clock counts from Tuesday, due the end of Wednesday: early.
        // working-hours: 1 hour on Monday, 7 on Tuesday (4.5 + 2.5), due Tuesday 16:00: late.
        string dossiers = Path.Combine(directory, "dossiers.csv"), procedures = Path.Combine(directory, "procedures.csv");
        File.WriteAllText(dossiers, "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status\nD1,01,1.000001,direct,2024-03-04T16:00,,2024-03-05T16:30,completed\n");
        File.WriteAllText(procedures, "procedure_code,name,time_limit,time_limit_unit\n1.000001,Test,1,working_days\n");

        var (exit, output, _) = Reform.Run("report", "--dossiers", dossiers, "--procedures", procedures, "--period", "2024", "--format", "json", "--deadline-rule", rule);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var counts = json.RootElement.GetProperty("groups")[0].GetProperty("counts");
        Assert.Equal(late, counts.GetProperty("resolvedLate").GetInt64());
        Assert.Equal(1 - late, counts.GetProperty("resolvedEarly").GetInt64());
    }
}
