using System.Globalization;
using DuckDB.NET.Data;
using Reform.Indicators.Calendars;
using Reform.Indicators.Columnar;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Benchmarks.Columnar;

/// <summary>
/// DuckDB as a peer: the same precomputed columns as <see cref="DossierTable"/> (days as integers,
/// the period-independent comparisons as booleans), loaded in memory with the appender, and the
/// per-unit-per-month count set as SQL — a range join with the 12 months, then GROUP BY.
/// </summary>
internal static class DuckDbPeer
{
    private const string Counts = """
        d.received >= m.first AND d.channel = 0,
        d.received >= m.first AND d.channel = 1,
        d.received >= m.first AND d.channel = 2,
        d.finish <= m.last AND d.status IN (2, 3) AND NOT d.late AND d.early,
        d.finish <= m.last AND d.status IN (2, 3) AND NOT d.late AND NOT d.early,
        d.finish <= m.last AND d.status IN (2, 3) AND d.late,
        d.finish <= m.last AND d.status = 5,
        d.finish <= m.last AND d.status = 4,
        coalesce(d.finish > m.last, true) AND NOT (d.too_many OR (NOT d.never_due AND d.due_threshold <= m.last)),
        coalesce(d.finish > m.last, true) AND (d.too_many OR (NOT d.never_due AND d.due_threshold <= m.last)),
        d.finish <= m.last AND d.status IN (4, 5) AND NOT d.late
        """;

    private static readonly string[] Conditions = [.. Counts.Split(",\n").Select(c => c.Trim())];

    public static DuckDBConnection Load(DossierTable table)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE TABLE dossiers (unit INTEGER, received INTEGER, finish INTEGER, due_threshold INTEGER, status TINYINT, channel TINYINT,
                                   late BOOLEAN, early BOOLEAN, too_many BOOLEAN, never_due BOOLEAN);
            CREATE TABLE months (k INTEGER, first INTEGER, last INTEGER);
            """);
        using (var appender = connection.CreateAppender("months"))
        {
            for (int month = 1; month <= 12; month++)
            {
                var first = new NodaTime.LocalDate(2022, month, 1);
                appender.CreateRow().AppendValue(month - 1).AppendValue(DayNumber.Of(first)).AppendValue(DayNumber.Of(first.PlusMonths(1).PlusDays(-1))).EndRow();
            }
        }
        var units = table.Units;
        var received = table.ReceivedDays;
        var finished = table.FinishDays;
        var dueKeys = table.DueKeys;
        var flags = table.Flags;
        using (var appender = connection.CreateAppender("dossiers"))
        {
            for (int i = 0; i < table.Count; i++)
            {
                int flag = flags[i];
                // The classifier's decisions on the row's facts, as the columnar kernels take them.
                var facts = DossierTable.Facts(flag);
                var status = facts.Status;
                var timeliness = DossierClassifier.FinishedTimeliness(facts, ClassificationPolicy.Default);
                bool late = timeliness == Timeliness.Late;
                bool tooMany = DossierClassifier.OverdueAtEnd(facts, endPastDue: false, ClassificationPolicy.Default);
                bool neverDue = !DossierClassifier.OverdueAtEnd(facts, endPastDue: true, ClassificationPolicy.Default);
                appender.CreateRow()
                    .AppendValue(units[i])
                    .AppendValue(received[i])
                    .AppendValue(status.IsFinal() ? finished[i] : null)
                    .AppendValue((dueKeys[i] + 1) >> 1)
                    .AppendValue((sbyte)status)
                    .AppendValue((sbyte)((flag >> DossierTable.ChannelShift) & 3))
                    .AppendValue(late)
                    .AppendValue(timeliness == Timeliness.Early)
                    .AppendValue(tooMany)
                    .AppendValue(neverDue)
                    .EndRow();
            }
        }
        return connection;
    }

    /// <summary>The per-unit-per-month query: natural (CASE WHEN, default settings) or tuned (SUM(bool::INT), perfect hash aggregation over the 18-bit key).</summary>
    public static string Query(bool tuned) =>
        "SELECT d.unit, m.k, "
        + string.Join(", ", Conditions.Select((c, i) => tuned ? $"SUM(({c})::INT)::BIGINT AS c{i}" : $"SUM(CASE WHEN {c} THEN 1 ELSE 0 END)::BIGINT AS c{i}"))
        + " FROM dossiers d JOIN months m ON d.received <= m.last AND (d.finish IS NULL OR d.finish >= m.first) GROUP BY d.unit, m.k";

    public static long PerUnitPerMonth(DuckDBConnection connection, bool tuned)
    {
        Settings(connection, tuned);
        using var command = connection.CreateCommand();
        command.CommandText = Query(tuned);
        using var reader = command.ExecuteReader();
        long checksum = 0;
        while (reader.Read())
        {
            for (int c = 2; c < reader.FieldCount; c++)
            {
                checksum += Convert.ToInt64(reader.GetValue(c), CultureInfo.InvariantCulture);
            }
        }
        return checksum;
    }

    /// <summary>National totals per month of the first ten counts, to check the peer against the engine.</summary>
    public static long[][] MonthlyTotals(DuckDBConnection connection, bool tuned)
    {
        Settings(connection, tuned);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT k, " + string.Join(", ", Enumerable.Range(0, 10).Select(i => $"SUM(c{i})::BIGINT")) + $" FROM ({Query(tuned)}) GROUP BY k ORDER BY k";
        using var reader = command.ExecuteReader();
        var totals = new long[12][];
        while (reader.Read())
        {
            int k = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            totals[k] = [.. Enumerable.Range(1, 10).Select(c => Convert.ToInt64(reader.GetValue(c), CultureInfo.InvariantCulture))];
        }
        return totals;
    }

    private static void Settings(DuckDBConnection connection, bool tuned) =>
        Execute(connection, tuned ? "SET perfect_ht_threshold = 20;" : "RESET perfect_ht_threshold;");

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
