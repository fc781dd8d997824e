using System.CommandLine;
using Reform.Indicators.Data;
using Reform.Indicators.Samples;

namespace Reform.Indicators.Cli;

/// <summary><c>reform sample</c>: the deterministic synthetic national data set.</summary>
internal static class SampleCommand
{
    /// <summary>The default number of dossiers: enough for the sample to reproduce the published rates exactly (from about 100,000), quick to compute.</summary>
    public const int DefaultDossiers = 200_000;

    /// <summary>The option <c>--seed</c>: the seed of the sample's random draws (the published figures stay exact for every seed).</summary>
    public static Option<int> SeedOption() => new("--seed")
    {
        Description = "The seed of the sample's random draws: units, procedures, times and outcomes differ between seeds; the published figures the sample reproduces do not.",
        DefaultValueFactory = _ => NationalSample.DefaultSeed,
    };

    /// <summary>The sample of a year, or a usage error naming the years it covers.</summary>
    public static NationalSample Create(int year, int dossiers, int seed = NationalSample.DefaultSeed)
    {
        if (dossiers < 0)
        {
            throw new UsageException("the number of dossiers must not be negative.");
        }
        try
        {
            // The 2025 sample's size is fixed by its scale (1/100 of the national volume).
            return year == 2025 ? NationalSample.Create2025(seed) : NationalSample.Create(year, dossiers, seed);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(UnitFile_FirstSentence(e.Message));
        }
    }

    private static string UnitFile_FirstSentence(string message)
    {
        int paren = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return paren >= 0 ? message[..paren] : message;
    }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Option<int>("--year") { Description = "The year of the sample; 2022 reproduces the 2022 national review; 2025 has the real units before and after 1 July 2025 and reproduces, at 1/100, the dossiers received by the localities from 1 July to 28 October 2025.", Required = true };
        var dossiers = new Option<int>("--dossiers") { Description = "How many dossiers to generate (not for 2025, whose size is fixed at 1/100 of the national volume).", DefaultValueFactory = _ => DefaultDossiers };
        var outDir = new Option<string>("--out") { Description = "The directory to write units, procedures and dossiers to.", Required = true };
        var format = new Option<string>("--format") { Description = "csv or parquet.", DefaultValueFactory = _ => "csv" };
        var seed = SeedOption();
        format.AcceptOnlyFromAmong("csv", "parquet");
        var command = new Command("sample", "Writes a deterministic synthetic national data set (units, procedures, dossiers) to a directory.\n\nExample:\n  reform sample --year 2022 --out sample-2022 --format parquet")
        {
            year, dossiers, outDir, format, seed,
        };
        command.SetAction(parse =>
        {
            var sample = Create(parse.GetValue(year), parse.GetValue(dossiers), parse.GetValue(seed));
            string directory = parse.GetValue(outDir)!;
            string extension = parse.GetValue(format) == "parquet" ? ".parquet" : ".csv";
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new UsageException($"cannot create {directory}: {e.Message}");
            }
            string units = Path.Combine(directory, "units" + extension);
            string procedures = Path.Combine(directory, "procedures" + extension);
            string dossierFile = Path.Combine(directory, "dossiers" + extension);
            UnitFile.Write(sample.Units.Units, units);
            ProcedureFile.Write(sample.Procedures.Procedures, procedures);
            DossierFile.Write(sample.Dossiers(), sample.Details(), sample.DossierDetailsStated, dossierFile);
            error.WriteLine(ReformCommand.Invariant($"wrote {units}, {procedures} and {dossierFile} ({sample.DossierCount:N0} dossiers, {sample.Period.Name})"));
            error.WriteLine(ReformCommand.Invariant($"next: reform report --dossiers {dossierFile} --units {units} --procedures {procedures} --period {sample.Period.Name}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
