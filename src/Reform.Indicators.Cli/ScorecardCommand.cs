using System.CommandLine;
using System.Globalization;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Scorecards;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary><c>reform scorecard</c>: a dossier export and its units in, a Decision 766 scorecard per unit out.</summary>
internal static class ScorecardCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dossiers = new Option<string?>("--dossiers") { Description = "The dossier export: CSV (comma or semicolon, UTF-8) or .parquet; canonical or national-portal column names." };
        var sample = new Option<int?>("--sample") { Description = "Score the built-in synthetic sample of a year (its units, procedures and dossiers) instead of files." };
        var sampleSeed = SampleCommand.SeedOption();
        var sampleSize = new Option<int>("--sample-dossiers") { Description = "With --sample: how many dossiers to generate.", DefaultValueFactory = _ => SampleCommand.DefaultDossiers };
        var units = new Option<string?>("--units") { Description = "The units file (unit_code, name, level, parent_code, valid_from, valid_to); required with --dossiers: it gives every unit's scope and peers. Dossier rows naming other units are rejected." };
        var procedures = new Option<string?>("--procedures") { Description = "The procedures file: computes due dates for rows without due_at and scores 3.1 and 3.2 (without it they have no data)." };
        var period = new Option<string?>("--period") { Description = "The period: 2022, 2022-Q4, 2022-09, 2022-08-01..2022-12-31 or 2022R; from 2022-08 (Decision 766 in operation). Required with --dossiers; with --sample, the sample's year." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var outFile = new Option<string?>("--out") { Description = "Write the scorecards to this file instead of standard output." };
        var fullTable = new Option<bool>("--full") { Description = "With --format table: every unit's indicators, not only the summary." };
        var command = new Command("scorecard", """
            Scores every unit on the Decision 766 index set (docs/scorecard.md): each indicator's numerator, denominator, ratio, points and maximum, the group totals, the total, the band and the rank among units of the same level.
            The dossier file's optional columns give the dossier details (synced_to_portal, digitised_components or HoSoCoThanhPhanSoHoa, reused_data, personal_data_store, population_data or TaiKhoanDuocXacThucVoiVNeID, paid_online or DuocThanhToanTrucTuyen, fees_all_zero, feedback) and result_electronic (3.3, the named rate onlineElectronicResult); a value that does not parse rejects its row.
            Indicators whose records or fields the files do not hold (a detail column absent or empty, procedure details, publications, petitions) are "no data": 0 points, their maximum shown as points that could not be earned; each total is given over 100 and over the indicators with data, and the band is withheld when those are worth less than 50 points; see docs/scorecard.md.
            The table is a summary (coverage, bands and the highest and lowest units of each level) unless --full is given; JSON holds everything.
            Exit codes: 0 success; 1 rows were rejected (the scorecards are still written, the rejects listed on standard error and in JSON); 2 usage error or unreadable input.

            Example:
              reform scorecard --dossiers dossiers.csv --units units.csv --procedures procedures.csv --period 2022 --format json --out scorecard.json
              reform scorecard --sample 2022
            """)
        {
            dossiers, sample, sampleSize, sampleSeed, units, procedures, period, format, outFile, fullTable,
        };
        command.SetAction(parse =>
        {
            string? dossierPath = parse.GetValue(dossiers);
            bool json = parse.GetValue(format) == "json";
            ScorecardData data;
            UnitRegistry registry;
            ReportingPeriod scoringPeriod;
            var rejected = new List<(string File, RowError Error)>();
            if (parse.GetValue(sample) is { } sampleYear)
            {
                if (dossierPath is not null || parse.GetValue(units) is not null || parse.GetValue(procedures) is not null)
                {
                    throw new UsageException("--sample scores the built-in sample: do not give --dossiers, --units or --procedures with it.");
                }
                var national = SampleCommand.Create(sampleYear, parse.GetValue(sampleSize), parse.GetValue(sampleSeed));
                scoringPeriod = parse.GetValue(period) is { } text ? ParsePeriod(text) : national.Period;
                data = national.ToScorecardData();
                registry = national.Units;
            }
            else
            {
                if (dossierPath is null)
                {
                    throw new UsageException("give --dossiers FILE (or --sample YEAR).");
                }
                string unitsPath = parse.GetValue(units) ?? throw new UsageException("give --units FILE: the scorecard needs the units for scopes and ranks.");
                scoringPeriod = ParsePeriod(parse.GetValue(period) ?? throw new UsageException("give --period, e.g. --period 2022."));
                CheckLayout(scoringPeriod);
                registry = UnitFile.ReadRegistry(unitsPath, out var unitErrors);
                rejected.AddRange(unitErrors.Select(e => (unitsPath, e)));
                var options = new DossierReadOptions { KnownUnits = registry.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal) };
                ProcedureCatalogue? catalogue = null;
                if (parse.GetValue(procedures) is { } proceduresPath)
                {
                    var read = ProcedureFile.Read(proceduresPath);
                    rejected.AddRange(read.Errors.Select(e => (proceduresPath, e)));
                    catalogue = new ProcedureCatalogue(read.Accepted);
                    options = options with { DueDates = catalogue.DueDates(WorkingCalendar.Vietnam), Procedures = catalogue };
                }
                DossiersWithDetails withDetails;
                using (var progress = ConsoleProgress.ForTerminal(error))
                {
                    withDetails = DossierFile.ReadWithDetails(dossierPath, options with { Progress = progress });
                }
                var result = withDetails.Dossiers;
                rejected.AddRange(result.Errors.Select(e => (dossierPath, e)));
                if (result.RejectedRows > 0)
                {
                    error.WriteLine(ReformCommand.Invariant($"{dossierPath}: {result.RowsRead:N0} rows read, {result.Accepted.Count:N0} accepted, {result.RejectedRows:N0} rejected"));
                }
                data = withDetails.ToScorecardData(catalogue);
            }
            CheckLayout(scoringPeriod);
            foreach (var (file, e) in rejected.Take(1000))
            {
                error.WriteLine($"{file}: {e}");
            }
            if (rejected.Count > 1000)
            {
                error.WriteLine(ReformCommand.Invariant($"reform: ... and {rejected.Count - 1000:N0} more faults (all are in --format json)."));
            }

            var run = ScorecardRun.Of(data, registry.AsOf(scoringPeriod.Last), scoringPeriod, rejected);
            using (var stream = ReformCommand.OpenOutput(parse.GetValue(outFile), output))
            {
                if (json)
                {
                    ScorecardWriter.WriteJson(run, stream);
                }
                else
                {
                    ScorecardWriter.WriteTable(run, stream, parse.GetValue(fullTable));
                }
            }
            return rejected.Count > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    private static ReportingPeriod ParsePeriod(string text) =>
        ReportingPeriod.TryParse(text, out var period)
            ? period
            : throw new UsageException($"--period '{text}' is not a period: expected 2022, 2022-Q4, 2022-09, 2022-08-01..2022-12-31 or 2022R.");

    private static void CheckLayout(ReportingPeriod period)
    {
        try
        {
            _ = ScorecardOptions.Default.Catalogue.LayoutOn(period.Last);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException($"--period {period.Name}: no Decision 766 layout is in force on its last day (the scorecard runs from {Decision766.InOperationFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}).");
        }
    }
}
