using System.Globalization;
using System.Text;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Engines;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// Generated dossier exports with every kind of bad row a typed table can hold, written as the
/// in-process engine reads them (one typed Parquet file) and as each SQL engine reads them (CSV
/// files, a PostgreSQL table), and the comparison of the engines' results.
/// </summary>
public static class ExportRows
{
    /// <summary>
    /// Procedures with limits in working days, days and office hours, and online levels (docs/specification.md §10.3):
    /// none given, full throughout, partial, and changing to full on 15 February 2023 and on 1 July 2022.
    /// </summary>
    public static ProcedureCatalogue Procedures { get; } = new(
    [
        new AdministrativeProcedure("1.000001", "One working day", TimeLimit.WorkingDays(1)),
        new AdministrativeProcedure("1.000002", "Five working days", TimeLimit.WorkingDays(5), onlineLevels: [(new LocalDate(2000, 1, 1), OnlineServiceLevel.Full)]),
        new AdministrativeProcedure("1.000003", "Three days", TimeLimit.Days(3), onlineLevels: [(new LocalDate(2000, 1, 1), OnlineServiceLevel.Partial)]),
        new AdministrativeProcedure("1.000004", "Fifteen days", TimeLimit.Days(15),
            onlineLevels: [(new LocalDate(2000, 1, 1), OnlineServiceLevel.Partial), (new LocalDate(2023, 2, 15), OnlineServiceLevel.Full)]),
        new AdministrativeProcedure("1.000005", "One hour", TimeLimit.Hours(1)),
        new AdministrativeProcedure("1.000006", "Four hours", TimeLimit.Hours(4), onlineLevels: [(new LocalDate(2022, 7, 1), OnlineServiceLevel.Full)]),
        new AdministrativeProcedure("1.000008", "Forty hours", TimeLimit.Hours(40)),
    ]);

    /// <summary>The generator's units with their levels (2 digits a province, 3 a district, 5 a commune).</summary>
    public static UnitRegistry Units { get; } = new(global::Reform.Indicators.Tests.Generators.UnitCodes.Select(code => new AdministrativeUnit(
        code, "Unit " + code, code.Length switch { 2 => GovernmentLevel.Province, 3 => GovernmentLevel.District, _ => GovernmentLevel.Commune },
        code.Length switch { 2 => null, 3 => "01", _ => "001" })));

    private static readonly string[] ProcedureCodes = [.. Procedures.Procedures.Select(p => p.Code), "9.999999"];

    /// <summary>Rows of <paramref name="dossiers"/>: half the deadlines left to the procedure, a third of the rows changed by one rule of docs/specification.md §3.</summary>
    public static Row[] Generate(Dossier[] dossiers, int seed, bool trimmedIds = false)
    {
        var random = new Random(seed);
        var rows = dossiers.Select(d => Row.Of(d, ProcedureCodes[random.Next(ProcedureCodes.Length)]))
            .Select(r => random.Next(2) == 0 ? r with { Due = null } : r).ToArray();
        foreach (var i in Enumerable.Range(0, rows.Length).Where(_ => random.Next(3) == 0))
        {
            rows[i] = Mutate(rows[i], rows, random, trimmedIds);
        }
        return rows;
    }

    /// <summary>The in-process engine's report of the rows (written to a typed Parquet file).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="path">The Parquet file they are written to (once).</param>
    /// <param name="period">The period.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">The units file; by default <see cref="Units"/> except for unit grouping.</param>
    public static DossierFileReport Memory(Row[] rows, string path, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null)
    {
        if (!File.Exists(path))
        {
            Row.WriteParquet(rows, path);
        }
        return DossierFile.Report(path, period, groupBy, units ?? (groupBy == GroupBy.Unit ? null : Units), ReadOptions);
    }

    /// <summary>How the in-process engine reads the rows: deadlines and online levels from <see cref="Procedures"/>.</summary>
    public static DossierReadOptions ReadOptions { get; } = new() { DueDates = Procedures.DueDates(WorkingCalendar.Vietnam), Procedures = Procedures };

    /// <summary>Where an engine's counts differ from the in-process report: rows read, rejected and excluded, then each group's counts. Empty when they agree.</summary>
    public static List<string> Differences(DossierFileReport memory, EngineCounts engine, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null)
    {
        var differences = new List<string>();
        if ((memory.RowsRead, memory.RejectedRows, memory.ExcludedRows, memory.SupersededRows) != (engine.RowsRead, engine.RowsRejected, engine.RowsExcluded, engine.RowsSuperseded))
        {
            differences.Add($"rows read, rejected, excluded, superseded: memory {memory.RowsRead}, {memory.RejectedRows}, {memory.ExcludedRows}, {memory.SupersededRows}; " +
                $"engine {engine.RowsRead}, {engine.RowsRejected}, {engine.RowsExcluded}, {engine.RowsSuperseded}");
        }
        var theirs = engine.Report(period, groupBy, units ?? (groupBy == GroupBy.Unit ? null : Units));
        var ours = memory.Report;
        foreach (var key in ours.Groups.Select(g => g.Key).Union(theirs.Groups.Select(g => g.Key)))
        {
            var expected = ours[key]?.Counts ?? default;
            var actual = theirs[key]?.Counts ?? default;
            if (expected != actual)
            {
                differences.Add($"{period.Name} {groupBy} {key}:\n  memory {expected}\n  engine {actual}\n  {Describe(expected)}\n  {Describe(actual)}");
            }
        }
        return differences;
    }

    private static string Describe(DossierCounts c) => string.Join(",", new[]
    {
        c.InScope, c.CarriedOver, c.Received, c.ReceivedOnline, c.ReceivedDirect, c.ReceivedPostal, c.Resolved, c.ResolvedEarly,
        c.ResolvedOnTime, c.ResolvedLate, c.Withdrawn, c.Stopped, c.OpenNotDue, c.OpenOverdue, c.HandledOnTime,
        c.ReceivedElsewhere, c.ReceivedWithReceivingUnit, c.ReceivedOnlineElectronicResult, c.ReceivedWithResultElectronic,
        c.ReceivedFullProcessOnline, c.ReceivedWithOnlineLevel,
    });

    /// <summary>One change a row can suffer: each rule of docs/specification.md §3, and unusual valid forms.</summary>
    private static Row Mutate(Row row, Row[] rows, Random random, bool trimmedIds) => random.Next(22) switch
    {
        0 => row with { Id = random.Next(3) switch { 0 => null, 1 => "", _ => " \t" } },
        1 => row with { Unit = random.Next(2) == 0 ? null : "  " },
        2 => row with { Procedure = random.Next(2) == 0 ? null : "" },
        3 => row with { Channel = random.Next(2) == 0 ? "fax" : null },
        4 => row with { Status = random.Next(2) == 0 ? "lost" : null },
        5 => row with { Received = null },
        6 => row with
        {
            Id = trimmedIds ? row.Id : "\u3000" + row.Id + "\u00A0",
            Unit = " " + row.Unit + "\t", Procedure = row.Procedure + " ", Channel = "\u2003" + row.Channel, Status = row.Status + " ",
        },
        7 => row with
        {
            Channel = random.Next(2) == 0 ? row.Channel!.ToUpperInvariant() : row.Channel switch { "direct" => "1", "online" => "2", _ => "3" },
            Status = char.ToUpperInvariant(row.Status![0]) + row.Status[1..],
        },
        8 => row with { Id = rows[random.Next(rows.Length)].Id },
        9 => row with { Due = null },
        10 => row with { Due = null, Procedure = "9.999999" },
        11 => row with { Due = row.Received?.AddMinutes(-random.Next(1, 5000)) },
        12 => row with { Finished = row.Received?.AddMinutes(-random.Next(1, 5000)) },
        13 => row with { Finished = row.Finished is null ? row.Received?.AddHours(5) : null },
        14 => row with { Status = "awaiting_supplement", Finished = null, Requested = random.Next(2) == 0 ? null : row.Received },
        15 => row with { Requests = random.Next(2) == 0 ? -1 : null },
        16 => row with { Id = "HS-Đ" + random.Next(4) + (random.Next(2) == 0 ? "" : "\u1EA1") },
        // docs/specification.md §9: the portal's status codes and words, of the same status.
        17 => row with { Status = PortalStatus(row.Status, random) },
        // A dossier never received: excluded, whatever its other fields.
        18 => row with { Status = new[] { "1", "3", "receiving", " Denied " }[random.Next(4)], Received = random.Next(2) == 0 ? null : row.Received },
        // The end point: returned_at alone ends a final dossier; with finished_at it is ignored (processed, the default).
        19 => random.Next(3) switch
        {
            0 => row with { Returned = row.Finished, Finished = null },
            1 => row with { Returned = row.Finished?.AddHours(random.Next(-30, 30)) },
            _ => row with { Returned = row.Received?.AddHours(random.Next(-30, 300)) },
        },
        // A due time of exactly 00:00 is the end of that date.
        20 => row with { Due = (row.Due ?? row.Received)?.Date.AddDays(random.Next(-1, 3)) },
        // Values about the 4,096-character limit, counted in UTF-16 (an emoji is two).
        _ => random.Next(3) switch
        {
            0 => row with { Id = new string('x', 4095 + random.Next(3)) },
            1 => row with { Unit = string.Concat(Enumerable.Repeat("\U0001F600", 2047 + random.Next(3))) },
            _ => row with { Procedure = row.Procedure + string.Concat(Enumerable.Repeat("\u00E9", 4086 + random.Next(5))) },
        },
    };

    private static string? PortalStatus(string? status, Random random)
    {
        string[] texts = status switch
        {
            "processing" => ["2", "4", "6", "new", "PAYING"],
            "awaiting_supplement" => ["5", "waiting"],
            "completed" => ["9", "10", "done", "Releasing"],
            "withdrawn" => ["7", "cancelled"],
            "stopped" => ["8", "unresolved"],
            _ => [status ?? ""],
        };
        return texts[random.Next(texts.Length)];
    }

    /// <summary>A row as written, every field free to be anything its typed column holds.</summary>
    public sealed record Row(
        string? Id, string? Unit, string? Procedure, string? Channel, DateTime? Received, DateTime? Due, DateTime? Finished, string? Status, int? Requests, DateTime? Requested, DateTime? Returned = null,
        string? ReceivingUnit = null, string? ResultElectronic = null, DateTime? Updated = null)
    {
        /// <summary>The last microsecond of a day: a deadline given as a date.</summary>
        private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1) - TimeSpan.FromMicroseconds(1);

        public static Row Of(Dossier d, string procedure) => new(
            d.Id, d.UnitCode, procedure, DossierFields.Format(d.Channel), d.ReceivedAt.ToDateTimeUnspecified(),
            !d.DueGiven ? null : d.Due == VietnamTime.EndOf(d.Due.Date) ? d.Due.Date.ToDateTimeUnspecified() + EndOfDay : d.Due.ToDateTimeUnspecified(),
            d.FinishedAt?.ToDateTimeUnspecified(), DossierFields.Format(d.Status), d.SupplementRequests, d.SupplementRequestedAt?.ToDateTimeUnspecified(),
            ReceivingUnit: d.ReceivingUnitCode, ResultElectronic: d.ResultElectronic switch { true => "true", false => "0", null => null });

        /// <summary>Writes the rows as CSV files of at most <paramref name="perFile"/> rows, named so that their order by name is the rows' order.</summary>
        public static void WriteCsv(IReadOnlyList<Row> rows, string folder, int perFile)
        {
            Directory.CreateDirectory(folder);
            int file = 0;
            foreach (var chunk in rows.Chunk(Math.Max(1, perFile)).DefaultIfEmpty([]))
            {
                var text = new StringBuilder("dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at,returned_at,receiving_unit_code,result_electronic,updated_at\n");
                foreach (var r in chunk)
                {
                    text.AppendJoin(',', Text(r.Id), Text(r.Unit), Text(r.Procedure), Text(r.Channel), Time(r.Received),
                        r.Due is { } due && due.TimeOfDay == EndOfDay ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Time(r.Due),
                        Time(r.Finished), Text(r.Status), r.Requests?.ToString(CultureInfo.InvariantCulture) ?? "", Time(r.Requested), Time(r.Returned),
                        Text(r.ReceivingUnit), Text(r.ResultElectronic), Time(r.Updated)).Append('\n');
                }
                File.WriteAllText(Path.Combine(folder, $"part-{file++:D4}.csv"), text.ToString());
            }
        }

        private static string Text(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private static string Time(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) ?? "";

        public static void WriteParquet(IReadOnlyList<Row> rows, string path)
        {
            static ParquetSharp.Column Time(string name) => new ParquetSharp.Column<DateTime?>(name, ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros));
            ParquetSharp.Column[] columns =
            [
                new ParquetSharp.Column<string>("dossier_id"), new ParquetSharp.Column<string>("unit_code"), new ParquetSharp.Column<string>("procedure_code"),
                new ParquetSharp.Column<string>("channel"), Time("received_at"), Time("due_at"), Time("finished_at"),
                new ParquetSharp.Column<string>("status"), new ParquetSharp.Column<int?>("supplement_requests"), Time("supplement_requested_at"),
                Time("returned_at"), new ParquetSharp.Column<string>("receiving_unit_code"), new ParquetSharp.Column<string>("result_electronic"),
                Time("updated_at"),
            ];
            using var file = new ParquetSharp.ParquetFileWriter(path, columns);
            foreach (var group in rows.Chunk(50).DefaultIfEmpty([]))
            {
                using var rowGroup = file.AppendRowGroup();
                void Column<T>(Func<Row, T> value)
                {
                    using var writer = rowGroup.NextColumn().LogicalWriter<T>();
                    writer.WriteBatch([.. group.Select(value)]);
                }
                Column(r => r.Id);
                Column(r => r.Unit);
                Column(r => r.Procedure);
                Column(r => r.Channel);
                Column(r => r.Received);
                Column(r => r.Due);
                Column(r => r.Finished);
                Column(r => r.Status);
                Column(r => r.Requests);
                Column(r => r.Requested);
                Column(r => r.Returned);
                Column(r => r.ReceivingUnit);
                Column(r => r.ResultElectronic);
                Column(r => r.Updated);
            }
            file.Close();
        }
    }
}
