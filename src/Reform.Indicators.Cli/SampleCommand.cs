using System.CommandLine;

namespace Reform.Indicators.Cli;

/// <summary><c>reform sample</c>: the deterministic synthetic national data set.</summary>
internal static class SampleCommand
{
    /// <summary>
    /// Why the sample is unavailable: the deterministic generator (Reform.Indicators.Samples) is
    /// being written on another branch and is not part of this build yet.
    /// </summary>
    public const string NotImplemented =
        "the synthetic sample is not implemented yet: it needs the deterministic generator Reform.Indicators.Samples, which this build does not include. Use --dossiers FILE with your own export.";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Option<int>("--year") { Description = "The year of the sample; 2022 reproduces the 2022 national review.", Required = true };
        var dossiers = new Option<int?>("--dossiers") { Description = "How many dossiers to generate (default: the national volume scaled to the sample)." };
        var outDir = new Option<string>("--out") { Description = "The directory to write units, procedures and dossiers to.", Required = true };
        var format = new Option<string>("--format") { Description = "csv or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var command = new Command("sample", "Writes a deterministic synthetic national data set (units, procedures, dossiers) to a directory.\n\nExample:\n  reform sample --year 2022 --out sample-2022 --format parquet")
        {
            year, dossiers, outDir, format,
        };
        command.SetAction(new Func<ParseResult, int>(_ => throw new UsageException(NotImplemented)));
        return command;
    }
}
