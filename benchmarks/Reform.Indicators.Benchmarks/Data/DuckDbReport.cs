using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Benchmarks.Data;

/// <summary>
/// DuckDB computing, in one SQL query over <c>read_parquet</c>, the report that
/// <c>DossierFile.Report(path, period, GroupBy.Unit, options)</c> computes from a dossier Parquet
/// file of typed columns (our writer's: text codes, timestamps, a 32-bit count): every rule of
/// docs/specification.md §3 (required fields, our readers' 4,096-character limit, channel and status names
/// trimmed and case-insensitive, the portal's channel codes, the order of the times, final status
/// and finish, supplementation), the
/// deadline from the procedure when <c>due_at</c> is empty (working days, days and office hours,
/// from the same working calendar loaded as a table), a repeated id rejected (the first valid row
/// kept), then every count of §4 per unit. The peer a DuckDB user would write for "file to
/// report"; the Data tests check that it gives our numbers on files with every kind of bad row.
/// </summary>
/// <remarks>
/// Not covered (our reader's, not this query's): timestamps or counts stored as text, a units file,
/// the list of rejected rows with their reasons (only their number), and channel or status names
/// whose letters match only beyond ASCII case folding (.NET's ordinal ignore-case takes
/// <c>poſtal</c> and <c>onlıne</c>, DuckDB's <c>lower</c> takes <c>onlİne</c>); policies other than the default
/// (15:00 cut-off, office hours 07:30–11:30 and 13:30–17:00, more than one supplementation request late).
/// </remarks>
internal static class DuckDbReport
{
    /// <summary>The query's counts of one unit: the fourteen of <see cref="DossierCounts"/>, then the accepted rows.</summary>
    private const int CountColumns = 15;

    // Office time: the default policy's sessions, 07:30–11:30 and 13:30–17:00, in microseconds.
    private const long Hour = 3_600_000_000L;
    private const long FirstStart = (7 * Hour) + (Hour / 2), FirstLength = 4 * Hour;
    private const long SecondStart = (13 * Hour) + (Hour / 2), SecondLength = (3 * Hour) + (Hour / 2);
    private const long OfficeDay = FirstLength + SecondLength;
    private const long CutOff = 15 * Hour;

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> calls white space, as a SQL string.</summary>
    private static readonly string WhiteSpace = WhiteSpaceCharacters();

    /// <summary>
    /// An in-memory database with the working calendar (<c>calendar</c>: every date of the range,
    /// whether it is a working day, how many working days of the range come before it;
    /// <c>working_days</c>: the k-th working day) and the procedures' statutory limits.
    /// </summary>
    public static DuckDBConnection Open(WorkingCalendar calendar, ProcedureCatalogue procedures, LocalDate from, LocalDate to)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE calendar (d DATE PRIMARY KEY, working BOOLEAN, w INTEGER);
                CREATE TABLE working_days (k INTEGER PRIMARY KEY, d DATE);
                CREATE TABLE procedures (code VARCHAR PRIMARY KEY, kind TINYINT, value INTEGER);
                """;
            command.ExecuteNonQuery();
        }
        using (var days = connection.CreateAppender("calendar"))
        using (var working = connection.CreateAppender("working_days"))
        {
            int before = 0;
            for (var date = from; date <= to; date = date.PlusDays(1))
            {
                bool isWorking = calendar.IsWorkingDay(date);
                var value = date.ToDateTimeUnspecified();
                days.CreateRow().AppendValue(value).AppendValue(isWorking).AppendValue(before).EndRow();
                if (isWorking)
                {
                    working.CreateRow().AppendValue(before).AppendValue(value).EndRow();
                    before++;
                }
            }
        }
        using (var limits = connection.CreateAppender("procedures"))
        {
            foreach (var procedure in procedures.Procedures)
            {
                sbyte kind = procedure.TimeLimit.Unit switch
                {
                    TimeLimitUnit.WorkingDays => 0,
                    TimeLimitUnit.Days => 1,
                    _ => 2,
                };
                limits.CreateRow().AppendValue(procedure.Code).AppendValue(kind).AppendValue(procedure.TimeLimit.Value).EndRow();
            }
        }
        return connection;
    }

    /// <summary>Runs the report: the counts of each unit with an accepted row, the rows read and the rows rejected.</summary>
    public static (Dictionary<string, long[]> Units, long Rows, long Rejected) Run(DuckDBConnection connection, string parquet, ReportingPeriod period)
    {
        var units = new Dictionary<string, long[]>(StringComparer.Ordinal);
        long accepted = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Sql(parquet, period);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var counts = new long[CountColumns];
                for (int c = 0; c < CountColumns; c++)
                {
                    counts[c] = reader.GetInt64(c + 1);
                }
                units.Add(reader.GetString(0), counts);
                accepted += counts[^1];
            }
        }
        long rows;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT CAST(num_rows AS BIGINT) FROM parquet_file_metadata('{parquet}')";
            rows = (long)command.ExecuteScalar()!;
        }
        return (units, rows, rows - accepted);
    }

    /// <summary>
    /// Where DuckDB's result differs from our report: the rows read and rejected, and each unit's
    /// counts (a unit missing from one side counts zeros there). Empty when they agree.
    /// </summary>
    public static List<string> Differences(DossierFileReport ours, (Dictionary<string, long[]> Units, long Rows, long Rejected) theirs)
    {
        var differences = new List<string>();
        if ((ours.RowsRead, ours.RejectedRows) != (theirs.Rows, theirs.Rejected))
        {
            differences.Add($"rows read, rejected: ours {ours.RowsRead:N0}, {ours.RejectedRows:N0}; DuckDB {theirs.Rows:N0}, {theirs.Rejected:N0}");
        }
        foreach (var key in ours.Report.Groups.Select(g => g.Key).Union(theirs.Units.Keys))
        {
            var c = ours.Report[key]?.Counts ?? default;
            long[] expected = [c.InScope, c.CarriedOver, c.Received, c.ReceivedOnline, c.ReceivedDirect, c.ReceivedPostal, c.Resolved,
                c.ResolvedEarly, c.ResolvedOnTime, c.ResolvedLate, c.Withdrawn, c.Stopped, c.OpenNotDue, c.OpenOverdue];
            var actual = theirs.Units.TryGetValue(key, out var counts) ? counts.AsSpan(0, expected.Length) : new long[expected.Length];
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"unit {key}: ours [{string.Join(",", expected)}], DuckDB [{string.Join(",", actual.ToArray())}]");
            }
        }
        return differences;
    }

    /// <summary>The query (docs/specification.md §3 and §4, one unit a row).</summary>
    public static string Sql(string parquet, ReportingPeriod period)
    {
        string first = Date(period.First), last = Date(period.Last);
        string end = $"TIMESTAMP '{period.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 23:59:59.999999'";
        return $"""
            WITH src AS (
                SELECT file_row_number AS r,
                       {Trim("dossier_id")} AS id, {Trim("unit_code")} AS unit, {Trim("procedure_code")} AS proc,
                       -- The canonical names at once; anything else trimmed and in lower case.
                       CASE channel WHEN 'direct' THEN 0 WHEN 'online' THEN 1 WHEN 'postal' THEN 2 ELSE
                           CASE lower({Trim("channel")}) WHEN 'direct' THEN 0 WHEN '1' THEN 0 WHEN 'online' THEN 1 WHEN '2' THEN 1
                                                          WHEN 'postal' THEN 2 WHEN '3' THEN 2 END END AS ch,
                       CASE status WHEN 'processing' THEN 0 WHEN 'completed' THEN 2 ELSE
                           CASE lower({Trim("status")}) WHEN 'processing' THEN 0 WHEN 'awaiting_supplement' THEN 1 WHEN 'completed' THEN 2
                                                         WHEN 'refused' THEN 3 WHEN 'stopped' THEN 4 WHEN 'withdrawn' THEN 5 END END AS st,
                       received_at AS rec, due_at, finished_at AS fin, coalesce(supplement_requests, 0) AS req, supplement_requested_at AS asked,
                       {Fits("dossier_id")} AND {Fits("unit_code")} AND {Fits("procedure_code")} AND {Fits("channel")} AND {Fits("status")} AS fits
                FROM read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}', file_row_number = true)
            ),
            -- The deadline from the procedure when due_at is empty (the join keys are null otherwise):
            -- effective is the working day the limit counts from (c.w: the working days before the
            -- date of receipt; the day itself when it is one and the time is before the cut-off),
            -- office_end the office time at which a limit in hours runs out, from the calendar's first.
            limited AS (
                SELECT s.*, p.kind, p.value,
                       c.w + (c.working AND s.tod >= {CutOff})::INT AS effective,
                       c.w::BIGINT * {OfficeDay} + p.value::BIGINT * {Hour}
                         + CASE WHEN c.working THEN least(greatest(s.tod - {FirstStart}, 0), {FirstLength})
                                                  + least(greatest(s.tod - {SecondStart}, 0), {SecondLength}) ELSE 0 END AS office_end
                FROM (SELECT *, epoch_us(rec) - epoch_us(date_trunc('day', rec)) AS tod FROM src) s
                LEFT JOIN procedures p ON p.code = CASE WHEN s.due_at IS NULL THEN s.proc END
                LEFT JOIN calendar c ON c.d = CASE WHEN s.due_at IS NULL THEN s.rec::DATE END
            ),
            dued AS (
                SELECT l.*,
                       -- docs/specification.md §9.6: a due time of exactly 00:00 is the end of that date.
                       CASE WHEN l.due_at IS NOT NULL THEN (CASE WHEN l.due_at = date_trunc('day', l.due_at) THEN l.due_at + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND ELSE l.due_at END)
                            WHEN l.kind = 0 THEN wd.d + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND
                            WHEN l.kind = 1 THEN on_or_after.d + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND
                            WHEN l.value = 0 THEN l.rec -- WorkingCalendar.DueDate allows 0 hours (a procedure does not)
                            ELSE hours_day.d + to_microseconds(CASE WHEN l.office_end - l.hours_k * {OfficeDay} <= {FirstLength}
                                                                    THEN {FirstStart} + l.office_end - l.hours_k * {OfficeDay}
                                                                    ELSE {SecondStart} + l.office_end - l.hours_k * {OfficeDay} - {FirstLength} END) END AS due
                FROM (SELECT *, (office_end - 1) // {OfficeDay} AS hours_k FROM limited) l
                LEFT JOIN working_days wd ON wd.k = CASE WHEN l.kind = 0 THEN l.effective + l.value END
                LEFT JOIN working_days start ON start.k = CASE WHEN l.kind = 1 THEN l.effective END
                LEFT JOIN calendar later ON later.d = start.d + l.value
                LEFT JOIN working_days on_or_after ON on_or_after.k = later.w
                LEFT JOIN working_days hours_day ON hours_day.k = CASE WHEN l.kind = 2 THEN l.hours_k END
            ),
            ok AS (
                SELECT r, id, unit, ch, st, rec, fin, req, asked, due
                FROM dued
                WHERE fits AND id <> '' AND unit <> '' AND proc <> '' AND ch IS NOT NULL AND st IS NOT NULL AND rec IS NOT NULL
                  AND due >= rec AND (st >= 2) = (fin IS NOT NULL) AND coalesce(fin >= rec, true)
                  AND req >= 0 AND (st <> 1 OR asked IS NOT NULL)
                QUALIFY row_number() OVER (PARTITION BY id ORDER BY r) = 1
            ),
            classed AS (
                SELECT unit, ch, st,
                       rec::DATE <= DATE '{last}' AND coalesce(fin::DATE >= DATE '{first}', true) AS in_scope,
                       rec::DATE < DATE '{first}' AS carried,
                       fin IS NOT NULL AND fin::DATE <= DATE '{last}' AS finished,
                       req > 1 OR fin > due AS late,
                       fin::DATE < due::DATE AS early,
                       req > 1 OR (CASE WHEN st = 1 AND asked <= {end} THEN asked ELSE {end} END) > due AS overdue
                FROM ok
            )
            SELECT unit,
                   sum(in_scope::INT), sum((in_scope AND carried)::INT), sum((in_scope AND NOT carried)::INT),
                   sum((in_scope AND NOT carried AND ch = 1)::INT), sum((in_scope AND NOT carried AND ch = 0)::INT), sum((in_scope AND NOT carried AND ch = 2)::INT),
                   sum((in_scope AND finished AND st IN (2, 3))::INT),
                   sum((in_scope AND finished AND st IN (2, 3) AND NOT late AND early)::INT),
                   sum((in_scope AND finished AND st IN (2, 3) AND NOT late AND NOT early)::INT),
                   sum((in_scope AND finished AND st IN (2, 3) AND late)::INT),
                   sum((in_scope AND finished AND st = 5)::INT), sum((in_scope AND finished AND st = 4)::INT),
                   sum((in_scope AND NOT finished AND NOT overdue)::INT), sum((in_scope AND NOT finished AND overdue)::INT),
                   count(*)
            FROM classed GROUP BY unit
            """;
    }

    /// <summary>
    /// A text column trimmed as .NET trims (<see cref="char.IsWhiteSpace(char)"/>, not only spaces):
    /// DuckDB's <c>trim(s, characters)</c> costs microseconds a value, so values that begin and end
    /// with a printable ASCII character, nearly all, are taken as they are.
    /// </summary>
    private static string Trim(string column) =>
        $"CASE WHEN unicode({column}) BETWEEN 33 AND 126 AND unicode({column}[-1:]) BETWEEN 33 AND 126 THEN {column} ELSE trim({column}, {WhiteSpace}) END";

    /// <summary>
    /// Whether a text value is at most <c>FileSchema.MaxFieldLength</c> (4,096) UTF-16 characters,
    /// as our readers require of every field: its bytes first (a value of at most 4,096 bytes fits),
    /// else its code points plus those beyond the Basic Multilingual Plane (two UTF-16 characters each).
    /// </summary>
    private static string Fits(string column) =>
        $"({column} IS NULL OR strlen({column}) <= 4096 OR length({column}) + length(regexp_replace({column}, '[^\\x{{10000}}-\\x{{10FFFF}}]', '', 'g')) <= 4096)";

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string WhiteSpaceCharacters()
    {
        var text = new StringBuilder("''");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                text.Append(CultureInfo.InvariantCulture, $" || chr({c})");
            }
        }
        return "(" + text + ")";
    }
}
