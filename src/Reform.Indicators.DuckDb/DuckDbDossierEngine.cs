using DuckDB.NET.Data;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Engines;
using Reform.Indicators.Engines.Sql;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.DuckDb;

/// <summary>
/// Counts dossier files — CSV and Parquet, folders, globs, hive-partitioned lakes — with an
/// embedded DuckDB: the rules of docs/specification.md §3 and §4 as one SQL query, giving the
/// counts the in-process engine gives on the same rows.
/// </summary>
/// <remarks>
/// <para>Files are read in the order given (a folder's files by name; a hive lake's by path), so the
/// first of several rows with one id is the same row for both engines. Files in a hive partition
/// <c>year=</c> (and <c>month=</c>) after the last period are not read: their dossiers were received
/// after it (<see cref="FilesFor"/>). Earlier partitions are read, since their dossiers may be
/// carried over; the rows read are those of the files read.</para>
/// <para>Columns have the canonical names (case-insensitive). Parquet columns are typed (text codes,
/// timestamps without time zone or dates, an integer count) or text; CSV values are text, read as the
/// readers read them: ISO timestamps and the Vietnamese <c>dd/MM/yyyy</c> form, a deadline given as
/// a date alone meaning the end of that date.</para>
/// <para>Policies: the defaults only (<see cref="Reform.Indicators.Dossiers.DossierReadPolicy.Default"/>, the
/// end-of-day deadline rule); status texts as <see cref="Reform.Indicators.Dossiers.DossierFields"/> reads them,
/// portal codes included, rows never received excluded. Not covered (the in-process readers'): the
/// national portal's column names, the list of rejected rows with their reasons (only their number),
/// and other policies (docs/engines.md, "What the SQL engines apply").</para>
/// <para>Nothing is written: DuckDB runs in memory, reads the files and holds the calendar, the
/// procedures and the periods in its own tables.</para>
/// </remarks>
public sealed class DuckDbDossierEngine : IDossierCountEngine
{
    private readonly IReadOnlyList<string> files;
    private readonly WorkingCalendar calendar;
    private readonly ProcedureCatalogue? procedures;
    private readonly ClassificationPolicy policy;
    private readonly DossierReadPolicy readPolicy;
    private readonly (string[] Codes, LocalDate[] From, LocalDate[] To)? knownUnits;

    /// <summary>An engine over the dossier files named by <paramref name="dossiers"/>.</summary>
    /// <param name="dossiers">Files, folders (their <c>.csv</c> and <c>.parquet</c> files by name; a hive lake's recursively) and globs (<c>data/*.csv</c>, <c>lake/**/*.parquet</c>).</param>
    /// <param name="calendar">The working calendar of the deadlines; <see cref="WorkingCalendar.Vietnam"/> when null.</param>
    /// <param name="procedures">The procedures whose limits give the deadline of a row without <c>due_at</c>; without them such rows are rejected.</param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="units">The units file's units: when given, a row naming no unit valid on its receipt date is rejected, as the in-process engine does.</param>
    /// <param name="readPolicy">How rows are read; <see cref="DossierReadPolicy.Default"/> when null. The SQL applies either <see cref="DossierReadPolicy.EndPoint"/> and either <see cref="DossierReadPolicy.Repeats"/>; every other member must be the default.</param>
    /// <exception cref="ArgumentException"><paramref name="readPolicy"/> asks for a policy the SQL does not apply.</exception>
    /// <exception cref="DossierSourceException">A path names nothing, or no file is found.</exception>
    public DuckDbDossierEngine(
        IEnumerable<string> dossiers, WorkingCalendar? calendar = null, ProcedureCatalogue? procedures = null, ClassificationPolicy? policy = null, UnitRegistry? units = null,
        DossierReadPolicy? readPolicy = null)
    {
        this.readPolicy = readPolicy ?? DossierReadPolicy.Default;
        DossierSql.Supports(this.readPolicy, nameof(readPolicy));
        knownUnits = units is null ? null : ReferenceData.Units(units);
        ArgumentNullException.ThrowIfNull(dossiers);
        files = DossierFiles.Resolve([.. dossiers]);
        this.calendar = calendar ?? WorkingCalendar.Vietnam;
        this.procedures = procedures;
        this.policy = policy ?? ClassificationPolicy.Default;
    }

    /// <summary>Every file the paths name, in reading order.</summary>
    public IReadOnlyList<string> Files => files;

    /// <summary>The files a count of <paramref name="periods"/> reads: <see cref="Files"/> without the hive partitions after the last period.</summary>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty.</exception>
    public IReadOnlyList<string> FilesFor(IReadOnlyList<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("Give at least one period.", nameof(periods));
        }
        return DossierFiles.For(files, periods);
    }

    /// <inheritdoc/>
    /// <exception cref="DossierSourceException">A file cannot be read, or lacks a required column, or has one of a wrong type.</exception>
    public EngineCounts Count(IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken = default)
    {
        var read = FilesFor(periods);
        if (read.Count == 0)
        {
            // Every file is in a partition after the periods: no row is read.
            return new EngineCounts(new PartialCountsBuilder(periods).Build(), 0, 0);
        }
        var (numbers, first, last, end) = ReferenceData.Periods(periods);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        LoadReferences(connection, ReferenceData.Of(calendar, procedures), ReferenceData.Levels(procedures), numbers, first, last, end, knownUnits);
        var parameters = new List<string>();
        var selects = read.Select((file, i) => FileSource.Select(connection, file, i, parameters)).ToList();
        string source = "(" + string.Join("\nUNION ALL\n", selects) + ") AS source";
        var rows = new CountRows(periods);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = DossierSql.Count(SqlDialect.DuckDb, "", source, policy, knownUnits is not null, readPolicy);
            foreach (var path in parameters)
            {
                command.Parameters.Add(new DuckDBParameter(path));
            }
            using var registration = cancellationToken.Register(command.Cancel);
            using var reader = command.ExecuteReader();
            Span<long> values = stackalloc long[DossierSql.CountColumns];
            while (reader.Read())
            {
                for (int c = 0; c < values.Length; c++)
                {
                    values[c] = reader.GetInt64(c + 2);
                }
                rows.Add(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt32(1), values);
            }
        }
        catch (DuckDBException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new DossierSourceException($"DuckDB could not count the dossiers of {read.Count} files: {FileSource.FirstLine(e.Message)}", e);
        }
        return rows.ToCounts();
    }

    private static void LoadReferences(
        DuckDBConnection connection, ReferenceData data, (string[] Codes, LocalDate[] From, LocalDate[] To, bool[] Full) levels, int[] numbers, LocalDate[] first, LocalDate[] last, LocalDateTime[] end, (string[] Codes, LocalDate[] From, LocalDate[] To)? knownUnits)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE calendar (d DATE PRIMARY KEY, working BOOLEAN, w INTEGER);
                CREATE TABLE working_days (k INTEGER PRIMARY KEY, d DATE);
                CREATE TABLE procedures (code VARCHAR PRIMARY KEY, kind INTEGER, value INTEGER);
                CREATE TABLE periods (k INTEGER PRIMARY KEY, first_day DATE, last_day DATE, end_at TIMESTAMP);
                CREATE TABLE units (code VARCHAR, valid_from DATE, valid_to DATE);
                CREATE TABLE levels (code VARCHAR, valid_from DATE, valid_to DATE, full_online BOOLEAN);
                """;
            command.ExecuteNonQuery();
        }
        using (var days = connection.CreateAppender("calendar"))
        using (var working = connection.CreateAppender("working_days"))
        {
            for (int i = 0; i < data.Dates.Length; i++)
            {
                var date = data.Dates[i].ToDateTimeUnspecified();
                days.CreateRow().AppendValue(date).AppendValue(data.Working[i]).AppendValue(data.WorkingBefore[i]).EndRow();
                if (data.Working[i])
                {
                    working.CreateRow().AppendValue(data.WorkingBefore[i]).AppendValue(date).EndRow();
                }
            }
        }
        using (var limits = connection.CreateAppender("procedures"))
        {
            for (int i = 0; i < data.ProcedureCodes.Length; i++)
            {
                limits.CreateRow().AppendValue(data.ProcedureCodes[i]).AppendValue(data.ProcedureKinds[i]).AppendValue(data.ProcedureValues[i]).EndRow();
            }
        }
        using (var spans = connection.CreateAppender("levels"))
        {
            for (int i = 0; i < levels.Codes.Length; i++)
            {
                spans.CreateRow().AppendValue(levels.Codes[i]).AppendValue(levels.From[i].ToDateTimeUnspecified())
                    .AppendValue(levels.To[i].ToDateTimeUnspecified()).AppendValue(levels.Full[i]).EndRow();
            }
        }
        using (var units = connection.CreateAppender("units"))
        {
            if (knownUnits is var (codes, from, to))
            {
                for (int i = 0; i < codes.Length; i++)
                {
                    units.CreateRow().AppendValue(codes[i]).AppendValue(from[i].ToDateTimeUnspecified()).AppendValue(to[i].ToDateTimeUnspecified()).EndRow();
                }
            }
        }
        using (var periods = connection.CreateAppender("periods"))
        {
            for (int i = 0; i < numbers.Length; i++)
            {
                periods.CreateRow().AppendValue(numbers[i]).AppendValue(first[i].ToDateTimeUnspecified()).AppendValue(last[i].ToDateTimeUnspecified())
                    .AppendValue(end[i].ToDateTimeUnspecified()).EndRow();
            }
        }
    }
}
