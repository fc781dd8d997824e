using System.CommandLine;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Engines;
using Reform.Indicators.Indicators;
using Reform.Indicators.PostgreSql;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Cli;

/// <summary>
/// <c>reform report --engine memory|duckdb|postgres</c>: where the rules run. <c>memory</c> (the
/// default) reads the export in this process; <c>duckdb</c> runs them in an embedded DuckDB over
/// <c>--dossiers</c> files, folders, globs and hive lakes; <c>postgres</c> runs them in the
/// PostgreSQL server of <c>--connection</c>, over <c>--table</c>. All give the same counts.
/// </summary>
internal sealed class EngineOptions
{
    private readonly Option<string> engine = new("--engine")
    {
        Description = "Where the rules run: memory (default: this process), duckdb (embedded DuckDB over --dossiers files, folders, globs and year=/month= partitioned lakes) or postgres (the server of --connection, over --table). All give the same counts; see docs/engines.md.",
        DefaultValueFactory = _ => "memory",
    };

    private readonly Option<string[]> connection = new("--connection")
    {
        Description = "With --engine postgres: an Npgsql connection string, e.g. \"Host=db;Database=reform;Username=reader;Password=...\". Give it several times to count each shard of a table distributed by dossier_id and merge.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> table = new("--table")
    {
        Description = "With --engine postgres: the table of dossiers (name or schema.name) with the canonical columns.",
    };

    /// <summary>The options, added to <paramref name="command"/>.</summary>
    public static EngineOptions AddTo(Command command)
    {
        var options = new EngineOptions();
        options.engine.AcceptOnlyFromAmong("memory", "duckdb", "postgres");
        command.Options.Add(options.engine);
        command.Options.Add(options.connection);
        command.Options.Add(options.table);
        return options;
    }

    /// <summary>Whether the engine chosen reads a table (<c>postgres</c>), so that no <c>--dossiers</c> is needed.</summary>
    public bool ReadsTable(ParseResult parse) => parse.GetValue(engine) == "postgres";

    /// <summary>Whether an SQL engine (DuckDB or PostgreSQL) was chosen rather than the in-process one.</summary>
    public bool IsSql(ParseResult parse) => parse.GetValue(engine) is "duckdb" or "postgres";

    /// <summary>
    /// The engine chosen, or null for <c>memory</c> (the command's own path). Checks that the options
    /// fit the engine.
    /// </summary>
    /// <exception cref="UsageException">An option of one engine is given with another, or a required one is missing.</exception>
    public IDossierCountEngine? Create(ParseResult parse, IReadOnlyList<string> dossiers, ProcedureCatalogue? procedures, UnitRegistry? units, DossierReadPolicy readPolicy)
    {
        string name = parse.GetValue(engine) ?? "memory";
        var connections = parse.GetValue(connection) ?? [];
        string? tableName = parse.GetValue(table);
        try
        {
            switch (name)
            {
                case "duckdb":
                    if (connections.Length > 0 || tableName is not null)
                    {
                        throw new UsageException("--connection and --table are for --engine postgres; --engine duckdb reads --dossiers.");
                    }
                    return dossiers.Count == 0
                        ? throw new UsageException("--engine duckdb needs --dossiers (files, folders or globs).")
                        : new DuckDbDossierEngine(dossiers, WorkingCalendar.Vietnam, procedures, units: units, readPolicy: readPolicy);
                case "postgres":
                    if (dossiers.Count > 0)
                    {
                        throw new UsageException("--engine postgres reads --table on the --connection server, not --dossiers.");
                    }
                    if (connections.Length == 0 || tableName is null)
                    {
                        throw new UsageException("--engine postgres needs --connection \"Host=...;Database=...;Username=...;Password=...\" and --table NAME.");
                    }
                    var shards = connections.Select(c => new PostgreSqlDossierEngine(c, tableName, WorkingCalendar.Vietnam, procedures, units: units, readPolicy: readPolicy)).ToArray();
                    return shards.Length == 1 ? shards[0] : new ShardedDossierEngine(shards);
                default:
                    return connections.Length > 0 || tableName is not null
                        ? throw new UsageException("--connection and --table need --engine postgres.")
                        : null;
            }
        }
        catch (DossierSourceException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>
    /// Refuses, with a usage error naming it, an option that the SQL engines cannot yet apply: each of
    /// <paramref name="unsupported"/> given with a value other than its default. An SQL engine never
    /// computes a policy differently from the in-process engine; it refuses it (docs/engines.md).
    /// </summary>
    /// <param name="parse">The command line.</param>
    /// <param name="unsupported">Each option, and its default (null: any value given is refused).</param>
    /// <exception cref="UsageException">One of them was given with another value.</exception>
    public void Refuse(ParseResult parse, params (Option Option, string? Default)[] unsupported)
    {
        string name = parse.GetValue(engine) ?? "memory";
        foreach (var (option, fallback) in unsupported)
        {
            if (parse.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }
            string value = string.Join(" ", given.Tokens.Select(t => t.Value));
            if (fallback is null || !string.Equals(value, fallback, StringComparison.Ordinal))
            {
                throw new UsageException(
                    $"{option.Name}{(value.Length == 0 ? "" : " " + value)} runs with --engine memory only: the SQL of --engine {name} applies the default policy and would count differently (docs/engines.md, \"What the SQL engines apply\").");
            }
        }
    }

    /// <summary>
    /// Counts <paramref name="periods"/> (the period, or its pieces with <c>--every</c>) with <paramref name="chosen"/>
    /// in one query and writes a report per period; the exit code. One report carries the rows' accounting
    /// (JSON <c>rows</c>); the SQL engines count rejected rows without their reasons.
    /// </summary>
    public static int Report(IDossierCountEngine chosen, IReadOnlyList<ReportingPeriod> periods, GroupBy groupBy, Func<IndicatorReport, IndicatorReport> finish, UnitRegistry? units, string format, ReportWriteOptions writeOptions, string? outFile, TextWriter output, TextWriter error)
    {
        EngineCounts counts;
        try
        {
            counts = chosen.Count(periods);
        }
        catch (DossierSourceException e)
        {
            throw new UsageException(e.Message);
        }
        if (counts.RowsRejected + counts.RowsExcluded + counts.RowsSuperseded > 0)
        {
            error.WriteLine(ReformCommand.Invariant(
                $"{counts.RowsRead:N0} rows read, {counts.RowsAccepted:N0} accepted, {counts.RowsRejected:N0} rejected{(counts.RowsExcluded > 0 ? $", {counts.RowsExcluded:N0} excluded (never received)" : "")}{(counts.RowsSuperseded > 0 ? $", {counts.RowsSuperseded:N0} superseded" : "")} (--engine memory lists each rejected row with its reasons)"));
        }
        IndicatorReport[] reports = [.. periods.Select(period => finish(counts.Report(period, groupBy, units)))];
        var read = new DossierFileReport(reports[0], counts.RowsRead, counts.RowsRejected, StoppedAtFirstError: false) { ExcludedRows = counts.RowsExcluded, SupersededRows = counts.RowsSuperseded };
        using (var stream = ReformCommand.OpenOutput(outFile, output))
        {
            ReportOutput.Write(reports, format, stream, writeOptions, read);
        }
        return counts.RowsRejected > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
    }
}
