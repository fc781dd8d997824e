using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Samples;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The DuckDB engine (<see cref="DuckDbDossierEngine"/>, <c>--engine duckdb</c>) gives the file reader's
/// report: every count of every unit, the rows read and rejected, on typed Parquet files with every kind
/// of bad row, values about the length limit, and deadlines from procedures in working days, days and
/// office hours at their boundaries. It is also the benchmarks' "DuckDB computing our report", so a
/// difference here would make that comparison false.
/// </summary>
public sealed class DuckDbEngineFileTests : IDisposable
{
    private static readonly ProcedureCatalogue Catalogue = new(
    [
        new AdministrativeProcedure("1.000001", "One working day", TimeLimit.WorkingDays(1)),
        new AdministrativeProcedure("1.000002", "Five working days", TimeLimit.WorkingDays(5)),
        new AdministrativeProcedure("1.000003", "Three days", TimeLimit.Days(3)),
        new AdministrativeProcedure("1.000004", "Fifteen days", TimeLimit.Days(15)),
        new AdministrativeProcedure("1.000005", "One hour", TimeLimit.Hours(1)),
        new AdministrativeProcedure("1.000006", "Four hours", TimeLimit.Hours(4)),
        new AdministrativeProcedure("1.000007", "Eight hours", TimeLimit.Hours(8)),
        new AdministrativeProcedure("1.000008", "Forty hours", TimeLimit.Hours(40)),
        new AdministrativeProcedure("1.000009", "Five hours", TimeLimit.Hours(5)),
    ]);

    private static readonly string[] ProcedureCodes = [.. Catalogue.Procedures.Select(p => p.Code), "9.999999"];

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Property(MaxTest = 60)]
    public Property Report_TypedParquetWithBadRows_DuckDbEngineGivesOurNumbers() =>
        Prop.ForAll(CoreGenerators.Dossiers(), CoreGenerators.Periods(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, period, seed) =>
        {
            var random = new Random(seed);
            // Half the deadlines left to the procedure.
            var rows = dossiers.Select(d => Raw.Of(d, ProcedureCodes[random.Next(ProcedureCodes.Length)]))
                .Select(r => random.Next(2) == 0 ? r with { Due = null } : r).ToArray();
            foreach (var i in Enumerable.Range(0, rows.Length).Where(_ => random.Next(3) == 0))
            {
                rows[i] = Mutate(rows[i], rows, random);
            }
            string path = files.Path($"p{Guid.NewGuid():N}.parquet");
            Raw.Write(rows, path);
            AssertSame(path, period);
        });

    /// <summary>
    /// The boundaries of the deadline rules, every one against every procedure: receipts just
    /// before and at the 15:00 cut-off and the office sessions' ends, at midnight and the last
    /// microsecond of a day, on a Saturday, a public holiday and a make-up working Saturday;
    /// limits in hours that end exactly at 11:30 or 17:00; finishes and supplementation requests
    /// at the last microsecond of a day, against deadlines at the end of a day.
    /// </summary>
    [Fact]
    public void Report_DeadlineBoundaries_DuckDbEngineGivesOurNumbers()
    {
        var calendar = WorkingCalendar.Vietnam;
        var makeUpSaturday = Enumerable.Range(0, 5 * 366).Select(i => new LocalDate(2020, 1, 1).PlusDays(i))
            .First(d => d.DayOfWeek == IsoDayOfWeek.Saturday && calendar.IsWorkingDay(d));
        LocalDate[] dates =
        [
            new(2022, 3, 16), new(2022, 4, 8), new(2022, 4, 9), new(2022, 9, 2), new(2022, 1, 28), new(2021, 12, 31), makeUpSaturday,
        ];
        LocalTime[] times =
        [
            LocalTime.Midnight, new(7, 29, 59), new(7, 30), new(9, 0), new(10, 0), new(11, 30), new(12, 0), new(13, 30),
            LocalTime.FromHourMinuteSecondMillisecondTick(14, 59, 59, 999, 9990), new(15, 0), new(16, 59), new(17, 0),
            LocalTime.FromHourMinuteSecondMillisecondTick(23, 59, 59, 999, 9990),
        ];
        static DateTime At(LocalDate date, LocalTime time) => date.At(time).ToDateTimeUnspecified();
        var endOfDay = LocalTime.FromHourMinuteSecondMillisecondTick(23, 59, 59, 999, 9990);
        LocalTime[] sessionEnds = [new(11, 30), new(11, 30, 1), new(13, 30), new(17, 0), new(17, 0, 1)];
        var rows = new List<Raw>();
        int n = 0;
        foreach (var date in dates)
        {
            foreach (var time in times)
            {
                foreach (var procedure in ProcedureCodes)
                {
                    var received = At(date, time);
                    foreach (int days in new[] { 0, 1, 3, 7, 20, 60 })
                    {
                        var finished = At(date.PlusDays(days), days == 0 ? time : endOfDay);
                        rows.Add(new Raw($"B{n++}", "01", procedure, "online", received, null, finished, "completed", 0, null));
                        rows.Add(new Raw($"B{n++}", "24", procedure, "direct", received, null, null, days % 2 == 0 ? "processing" : "awaiting_supplement", days % 3,
                            days % 2 == 0 ? null : At(date.PlusDays(days), endOfDay)));
                    }
                    // Finishes about the office sessions' ends, where a deadline in hours falls.
                    foreach (var finish in sessionEnds.SelectMany(t => new[] { At(date, t), At(date.PlusDays(1), t), At(date.PlusDays(3), t) }).Where(f => f >= received))
                    {
                        rows.Add(new Raw($"B{n++}", "79", procedure, "postal", received, null, finish, "refused", 0, null));
                    }
                }
            }
        }
        string path = files.Path("boundaries.parquet");
        Raw.Write([.. rows], path);
        foreach (var period in new[] { "2022", "2022-04", "2021-12", "2022-01-01..2022-01-31" })
        {
            AssertSame(path, ReportingPeriod.Parse(period));
        }
    }

    [Fact]
    public void Report_NationalSample_DuckDbEngineGivesOurNumbers()
    {
        var sample = NationalSample.Create(2022, 30_000);
        string path = files.Path("sample.parquet");
        DossierFile.Write(sample.Dossiers(), path);
        var ours = DossierFile.Report(path, sample.Period, GroupBy.Unit, options: new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam), Procedures = sample.Procedures });
        var theirs = new DuckDbDossierEngine([path], procedures: sample.Procedures).Count([sample.Period]);
        Assert.Equal(30_000, ours.RowsRead);
        Assert.True(ours.AcceptedRows > 29_000, "the sample's rows are accepted");
        AssertSame(ours, theirs, sample.Period);
    }

    private static void AssertSame(string path, ReportingPeriod period)
    {
        var ours = DossierFile.Report(path, period, GroupBy.Unit, options: new DossierReadOptions { DueDates = Catalogue.DueDates(WorkingCalendar.Vietnam), Procedures = Catalogue });
        AssertSame(ours, new DuckDbDossierEngine([path], procedures: Catalogue).Count([period]), period);
    }

    private static void AssertSame(DossierFileReport ours, Engines.EngineCounts theirs, ReportingPeriod period)
    {
        var groups = theirs.Report(period, GroupBy.Unit).Groups;
        var differences = ours.Report.Groups.Zip(groups).Where(p => p.First != p.Second).Select(p => $"{p.First.Key}: {Differ(p.First.Counts, p.Second.Counts)}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(5)));
        Assert.Equal(ours.Report.Groups.Select(g => g.Key), groups.Select(g => g.Key));
        Assert.Equal((ours.RowsRead, ours.RejectedRows, ours.ExcludedRows), (theirs.RowsRead, theirs.RowsRejected, theirs.RowsExcluded));
    }

    private static string Differ(DossierCounts ours, DossierCounts theirs) => string.Join(", ",
        typeof(DossierCounts).GetProperties().Where(p => p.PropertyType == typeof(long))
            .Select(p => (p.Name, Ours: (long)p.GetValue(ours)!, Theirs: (long)p.GetValue(theirs)!))
            .Where(x => x.Ours != x.Theirs).Select(x => $"{x.Name} ours {x.Ours} duckdb {x.Theirs}"));

    /// <summary>One change a row can suffer: each rule of docs/specification.md §3, and unusual valid forms.</summary>
    private static Raw Mutate(Raw row, Raw[] rows, Random random) => random.Next(18) switch
    {
        0 => row with { Id = random.Next(3) switch { 0 => null, 1 => "", _ => " \t" } },
        1 => row with { Unit = random.Next(2) == 0 ? null : "  " },
        2 => row with { Procedure = random.Next(2) == 0 ? null : "" },
        3 => row with { Channel = random.Next(2) == 0 ? "fax" : null },
        4 => row with { Status = random.Next(2) == 0 ? "lost" : null },
        5 => row with { Received = null },
        6 => row with { Id = "\u3000" + row.Id + "\u00A0", Unit = " " + row.Unit + "\t", Procedure = row.Procedure + " ", Channel = "\u2003" + row.Channel, Status = row.Status + "\n" },
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
        // Values about the 4,096-character limit, counted in UTF-16 (an emoji is two).
        _ => random.Next(4) switch
        {
            0 => row with { Id = new string('x', 4095 + random.Next(3)) },
            1 => row with { Unit = string.Concat(Enumerable.Repeat("\U0001F600", 2047 + random.Next(3))) },
            2 => row with { Channel = row.Channel + new string(' ', 4088 + random.Next(5)) },
            _ => row with { Procedure = row.Procedure + string.Concat(Enumerable.Repeat("\u00E9", 4086 + random.Next(5))) },
        },
    };

    /// <summary>A row as written, every field free to be anything its Parquet type holds.</summary>
    private sealed record Raw(
        string? Id, string? Unit, string? Procedure, string? Channel, DateTime? Received, DateTime? Due, DateTime? Finished, string? Status, int? Requests, DateTime? Requested)
    {
        public static Raw Of(Dossier d, string procedure) => new(
            d.Id, d.UnitCode, procedure, DossierFields.Format(d.Channel), d.ReceivedAt.ToDateTimeUnspecified(),
            !d.DueGiven ? null : d.Due == VietnamTime.EndOf(d.Due.Date) ? d.Due.Date.ToDateTimeUnspecified().AddDays(1).AddTicks(-10) : d.Due.ToDateTimeUnspecified(),
            d.FinishedAt?.ToDateTimeUnspecified(), DossierFields.Format(d.Status), d.SupplementRequests, d.SupplementRequestedAt?.ToDateTimeUnspecified());

        public static void Write(Raw[] rows, string path)
        {
            static ParquetSharp.Column Time(string name) => new ParquetSharp.Column<DateTime?>(name, ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, ParquetSharp.TimeUnit.Micros));
            ParquetSharp.Column[] columns =
            [
                new ParquetSharp.Column<string>("dossier_id"), new ParquetSharp.Column<string>("unit_code"), new ParquetSharp.Column<string>("procedure_code"),
                new ParquetSharp.Column<string>("channel"), Time("received_at"), Time("due_at"), Time("finished_at"),
                new ParquetSharp.Column<string>("status"), new ParquetSharp.Column<int?>("supplement_requests"), Time("supplement_requested_at"),
            ];
            using var file = new ParquetSharp.ParquetFileWriter(path, columns);
            foreach (var group in rows.Chunk(50))
            {
                using var rowGroup = file.AppendRowGroup();
                void Column<T>(Func<Raw, T> value)
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
            }
            file.Close();
        }
    }
}
