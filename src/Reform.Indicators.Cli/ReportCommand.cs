using System.CommandLine;
using Reform.Indicators.Calendars;
using Reform.Indicators.Columnar;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary><c>reform report</c>: a dossier export in, an indicator report out.</summary>
internal static class ReportCommand
{
    private const int MaxListed = 1000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var dossiers = new Option<string[]>("--dossiers") { Description = "The dossier export: CSV (comma or semicolon, UTF-8) or .parquet; canonical or national-portal column names. Repeat it, or give a directory (its .csv and .parquet files, by name) or a glob (exports/2025-*.csv): several files are one data set." };
        var maxRejects = new Option<int>("--max-rejects") { Description = "How many rejected rows to list in detail in the report (the first ones; every rejected row is counted).", DefaultValueFactory = _ => 10_000 };
        var rejectsFile = new Option<string?>("--rejects") { Description = "Write every fault of every rejected row to this CSV file (file,row,column,reason,value) while reading." };
        var sample = new Option<int?>("--sample") { Description = "Compute from the built-in synthetic sample of a year instead of a file." };
        var units = new Option<string?>("--units") { Description = "The units file (unit_code, name, level, parent_code, valid_from, valid_to); needed for --group-by level and rollup; rows naming other units are rejected." };
        var procedures = new Option<string?>("--procedures") { Description = "The procedures file (procedure_code, name, time_limit, time_limit_unit, ...); computes due dates for rows without due_at, and gives the online level fullProcessOnline needs." };
        var period = new Option<string?>("--period") { Description = "The period: 2022, 2022-Q1, 2022-03, 2022-01-01..2022-06-30, or 2022R (15 Dec 2021 - 14 Dec 2022). Required with --dossiers; with --sample, the sample's year." };
        var sampleSeed = SampleCommand.SeedOption();
        var sampleSize = new Option<int>("--sample-dossiers") { Description = "With --sample: how many dossiers to generate.", DefaultValueFactory = _ => SampleCommand.DefaultDossiers };
        var groupBy = new Option<string?>("--group-by") { Description = "unit, level, rollup or national (default: level with --units, else national)." };
        groupBy.AcceptOnlyFromAmong("unit", "level", "rollup", "national");
        var format = ReportOutput.CreateFormatOption();
        var every = ReportOutput.CreateEveryOption();
        var noBom = ReportOutput.CreateNoBomOption();
        var outFile = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output." };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first bad row (exit code 1, no report)." };
        var deadlineRule = new Option<string>("--deadline-rule") { Description = "How a deadline is computed from the procedure's limit when due_at is empty: end-of-day (the default; 15:00 cut-off) or working-hours (8 working hours a day, sessions 07:00-11:30 and 13:30-17:00, from the receipt time); docs/specification.md §10.4.", DefaultValueFactory = _ => "end-of-day" };
        deadlineRule.AcceptOnlyFromAmong("end-of-day", "working-hours");
        var dateOrder = new Option<string>("--date-order") { Description = "How slash dates are read: dmy (16/01/2023, the default) or mdy (01/16/2023). A date impossible in that order rejects its row with a hint.", DefaultValueFactory = _ => "dmy" };
        dateOrder.AcceptOnlyFromAmong("dmy", "mdy");
        var repeats = new Option<string>("--repeats") { Description = "Rows repeating a dossier_id: first (the first valid row is kept, later ones rejected; the default) or latest (the valid row with the greatest updated_at wins, the others are superseded).", DefaultValueFactory = _ => "first" };
        repeats.AcceptOnlyFromAmong("first", "latest");
        var endPoint = new Option<string>("--end-point") { Description = "The end of a final dossier given both finished_at and returned_at: processed (finished_at, the default) or returned (returned_at).", DefaultValueFactory = _ => "processed" };
        endPoint.AcceptOnlyFromAmong("processed", "returned");
        var midnightDue = new Option<bool>("--midnight-due-is-midnight") { Description = "Read a due_at of exactly 00:00 as midnight rather than the end of that day (the default, docs/specification.md §9)." };
        var command = new Command("report", """
            Computes the indicators of docs/specification.md §4 over a period from a dossier export.
            Exit codes: 0 success; 1 rows were rejected (the report is still written, the rejects listed on standard error and in JSON); 2 usage error or unreadable input.

            Example:
              reform report --dossiers dossiers.csv --units units.csv --procedures procedures.csv --period 2022 --group-by level --format json --out report.json
              reform report --sample 2022
              reform report --sample 2022 --every month --group-by level --format tidy --out months.csv
            """)
        {
            dossiers, sample, sampleSize, sampleSeed, units, procedures, period, groupBy, format, every, outFile, strict, noBom, deadlineRule, dateOrder, repeats, endPoint, midnightDue, maxRejects, rejectsFile,
        };
        var engines = EngineOptions.AddTo(command);
        var unitsAsOf = UnitsAsOfOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string[] dossierInputs = parse.GetValue(dossiers) ?? [];
            string reportFormat = ReportOutput.Checked(parse.GetValue(format)!, parse.GetValue(outFile));
            var writeOptions = new ReportWriteOptions { ByteOrderMark = !parse.GetValue(noBom) };
            if (parse.GetValue(sample) is { } sampleYear)
            {
                if (dossierInputs.Length > 0 || parse.GetValue(units) is not null || parse.GetValue(procedures) is not null)
                {
                    throw new UsageException("--sample computes from the built-in sample: do not give --dossiers, --units or --procedures with it.");
                }
                var national = SampleCommand.Create(sampleYear, parse.GetValue(sampleSize), parse.GetValue(sampleSeed));
                var samplePeriod = parse.GetValue(period) is { } text ? ParsePeriod(text) : national.Period;
                var (sampleGrouping, finishSample) = unitsAsOf.Plan(parse, ParseGroupBy(parse.GetValue(groupBy) ?? "level"), national.Units, error);
                if (ReportOutput.Pieces(parse.GetValue(every), samplePeriod, reportFormat) is { } samplePieces)
                {
                    // One pass over the table counts every piece.
                    var series = ColumnarIndicators.Reports(national.ToTable(), samplePieces, sampleGrouping, national.Units);
                    using var seriesStream = ReformCommand.OpenOutput(parse.GetValue(outFile), output);
                    ReportOutput.Write([.. series.Select(finishSample)], reportFormat, seriesStream, writeOptions, read: null);
                    return ExitCodes.Success;
                }
                // Counted once: the report and, for the review figures, the national total.
                var sampleCounts = ColumnarIndicators.Count(national.ToTable(), [samplePeriod]);
                var sampleReport = finishSample(sampleCounts.Report(samplePeriod, sampleGrouping, national.Units));
                using (var stream = ReformCommand.OpenOutput(parse.GetValue(outFile), output))
                {
                    ReportOutput.Write([sampleReport], reportFormat, stream, writeOptions, read: null);
                    if (reportFormat == "table" && samplePeriod.Name == national.Period.Name && national.Year != 2025)
                    {
                        using var writer = new StreamWriter(stream, leaveOpen: true);
                        SampleReview.Write(national, sampleCounts.Total(samplePeriod).Online, writer);
                    }
                }
                return ExitCodes.Success;
            }
            if (dossierInputs.Length == 0 && !engines.ReadsTable(parse))
            {
                throw new UsageException("give --dossiers FILE (or --sample YEAR).");
            }
            // Where the results go is checked before anything is read: a long read must not end in "cannot write".
            string? outPath = parse.GetValue(outFile);
            ReformCommand.CheckWritable(outPath, "--out");
            string? rejectsPath = parse.GetValue(rejectsFile);
            ReformCommand.CheckWritable(rejectsPath, "--rejects");
            int detailRows = parse.GetValue(maxRejects);
            if (detailRows < 0)
            {
                throw new UsageException("--max-rejects must be 0 or more.");
            }
            string periodText = parse.GetValue(period) ?? throw new UsageException("give --period, e.g. --period 2022.");
            var reportingPeriod = ParsePeriod(periodText);
            var pieces = ReportOutput.Pieces(parse.GetValue(every), reportingPeriod, reportFormat);
            string? unitsPath = parse.GetValue(units);
            var grouping = ParseGroupBy(parse.GetValue(groupBy) ?? (unitsPath is null ? "national" : "level"));
            if (unitsPath is null && grouping is GroupBy.Level or GroupBy.Rollup)
            {
                throw new UsageException($"--group-by {grouping.ToString().ToLowerInvariant()} needs --units FILE.");
            }
            bool isStrict = parse.GetValue(strict);
            long otherRejects = 0;

            UnitRegistry? registry = null;
            if (unitsPath is not null)
            {
                registry = UnitFile.ReadRegistry(unitsPath, out var unitErrors);
                otherRejects += ListRejects(error, unitsPath, unitErrors);
            }
            var readPolicy = new DossierReadPolicy
            {
                DateOrder = parse.GetValue(dateOrder) == "mdy" ? DateOrder.MonthDayYear : DateOrder.DayMonthYear,
                Repeats = parse.GetValue(repeats) == "latest" ? RepeatsPolicy.Latest : RepeatsPolicy.First,
                EndPoint = parse.GetValue(endPoint) == "returned" ? EndPoint.Returned : EndPoint.Processed,
                MidnightDueIsEndOfDay = !parse.GetValue(midnightDue),
            };
            var options = new DossierReadOptions { Strict = isStrict, Policy = readPolicy };
            ProcedureCatalogue? catalogue = null;
            if (parse.GetValue(procedures) is { } proceduresPath)
            {
                var read = ProcedureFile.Read(proceduresPath);
                otherRejects += ListRejects(error, proceduresPath, read.Errors);
                var policy = DueDatePolicy.Default with
                {
                    Rule = parse.GetValue(deadlineRule) == "working-hours" ? DeadlineRule.WorkingHours : DeadlineRule.EndOfDay,
                };
                catalogue = new ProcedureCatalogue(read.Accepted);
                options = options with { DueDates = catalogue.DueDates(WorkingCalendar.Vietnam, policy), Procedures = catalogue };
            }
            var (countedGrouping, finish) = unitsAsOf.Plan(parse, grouping, registry, error);
            if (isStrict && otherRejects > 0)
            {
                error.WriteLine("reform: stopped (--strict): the units or procedures file has rejected rows.");
                return ExitCodes.RejectedRows;
            }

            if (engines.IsSql(parse))
            {
                // What the SQL does not yet apply is refused, never counted differently (docs/engines.md).
                engines.Refuse(parse, (deadlineRule, "end-of-day"), (midnightDue, null),
                    (dateOrder, "dmy"), (rejectsFile, null), (strict, null));
            }
            if (engines.Create(parse, dossierInputs, catalogue, registry, readPolicy) is { } engine)
            {
                if (reportFormat is "parquet" or "xlsx")
                {
                    throw new UsageException($"--format {reportFormat} is written by the built-in engine only: leave out --engine, or use --format tidy.");
                }
                int code = EngineOptions.Report(engine, pieces ?? [reportingPeriod], countedGrouping, finish, registry, reportFormat, writeOptions, outPath, output, error);
                return otherRejects > 0 ? ExitCodes.RejectedRows : code;
            }
            // The memory engine's reading of the inputs (an SQL engine resolves them itself: hive lakes, ** globs).
            var dossierFiles = dossierInputs.SelectMany(DataFiles.Expand).ToList();
            DossierFileReport result;
            ReportSeries? trend = null;
            using (var rejectsWriter = rejectsPath is null ? null : new StreamWriter(ReformCommand.OpenOutput(rejectsPath, output), new System.Text.UTF8Encoding(false)))
            using (var progress = ConsoleProgress.ForTerminal(error))
            using (var set = new DossierDataSet(reportingPeriod, options with { Progress = progress, MaxRejectedRows = detailRows, Rejects = rejectsWriter }, registry, pieces: pieces))
            {
                set.Add(dossierFiles);
                // With --every the pieces are counted in the same single read.
                result = set.Report(countedGrouping);
                result = result with { Report = finish(result.Report) };
                trend = pieces is null ? null : set.Reports(countedGrouping);
            }
            string sources = dossierFiles.Count == 1 ? dossierFiles[0] : ReformCommand.Invariant($"{dossierFiles.Count} files");
            ListRejects(error, result.Report.Rejected, result.RejectedRows);
            if (result.StoppedAtFirstError)
            {
                error.WriteLine(ReformCommand.Invariant($"reform: stopped at the first bad row (--strict), after {result.RowsRead:N0} rows; no report written."));
                return ExitCodes.RejectedRows;
            }
            if (result.RejectedRows + result.ExcludedRows + result.SupersededRows > 0)
            {
                error.WriteLine(ReformCommand.Invariant($"{sources}: {result.RowsRead:N0} rows read, {result.AcceptedRows:N0} accepted, {result.RejectedRows:N0} rejected{(result.ExcludedRows > 0 ? $", {result.ExcludedRows:N0} excluded (never received)" : "")}{(result.SupersededRows > 0 ? $", {result.SupersededRows:N0} superseded" : "")}"));
                foreach (var reason in result.RejectedByReason)
                {
                    error.WriteLine(ReformCommand.Invariant($"  {reason.Rows,10:N0}  {reason.Column}: {reason.Reason}"));
                }
                if (options.DueDates is null && result.RejectedByReason.FirstOrDefault(r => r.Column == DossierFields.DueAt && r.Reason.StartsWith("empty, and the procedure", StringComparison.Ordinal)) is { } noDeadline
                    && noDeadline.Rows * 2 > result.RowsRead)
                {
                    error.WriteLine("reform: most rows have no due_at: give --procedures FILE (each procedure's time limit) to compute their deadlines.");
                }
            }
            using (var stream = ReformCommand.OpenOutput(outPath, output))
            {
                ReportOutput.Write(trend is null ? [result.Report] : [.. trend.Select(finish)], reportFormat, stream, writeOptions, result);
            }
            return result.RejectedRows + otherRejects > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    private static ReportingPeriod ParsePeriod(string text) =>
        ReportingPeriod.TryParse(text, out var period)
            ? period
            : throw new UsageException($"--period '{text}' is not a period: expected 2022, 2022-Q1, 2022-03, 2022-01-01..2022-06-30 or 2022R.");

    private static GroupBy ParseGroupBy(string text) => text switch
    {
        "unit" => GroupBy.Unit,
        "level" => GroupBy.Level,
        "rollup" => GroupBy.Rollup,
        _ => GroupBy.National,
    };

    /// <summary>Lists rejected rows on standard error (the first thousand faults, then how many more), and returns how many faults there were.</summary>
    private static long ListRejects(TextWriter error, string source, IReadOnlyList<RowError> errors)
    {
        foreach (var e in errors.Take(MaxListed))
        {
            error.WriteLine($"{source}: {e}");
        }
        if (errors.Count > MaxListed)
        {
            error.WriteLine(ReformCommand.Invariant($"{source}: ... and {errors.Count - MaxListed:N0} more faults (all are in --format json)."));
        }
        return errors.Count;
    }

    /// <summary>Lists the faults of the rejected rows kept in detail (each naming its file; the first thousand), then how many rows are not listed.</summary>
    private static void ListRejects(TextWriter error, IReadOnlyList<RowError> kept, long rejectedRows)
    {
        foreach (var e in kept.Take(MaxListed))
        {
            error.WriteLine(e.ToString());
        }
        long listed = kept.Take(MaxListed).Select(e => (e.File, e.Row)).Distinct().LongCount();
        if (rejectedRows > listed)
        {
            error.WriteLine(ReformCommand.Invariant($"... and {rejectedRows - listed:N0} more rejected rows (the first --max-rejects are in --format json; every one with --rejects FILE)."));
        }
    }
}
