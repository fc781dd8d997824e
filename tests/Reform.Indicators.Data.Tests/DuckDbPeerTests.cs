using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Benchmarks.Data;
using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Samples;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The benchmarks' DuckDB peer for "file to report" (<see cref="DuckDbReport"/>, the same source
/// file) gives our report's numbers: every count of every unit, the rows read and rejected, on
/// typed Parquet files with every kind of bad row and deadlines from procedures in working days,
/// days and office hours. A peer that computed less would make the benchmark a false comparison.
/// </summary>
public sealed class DuckDbPeerTests : IDisposable
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
    ]);

    private static readonly string[] ProcedureCodes = [.. Catalogue.Procedures.Select(p => p.Code), "9.999999"];

    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    [Property(MaxTest = 60)]
    public Property Report_TypedParquetWithBadRows_DuckDbPeerGivesOurNumbers() =>
        Prop.ForAll(CoreGenerators.Dossiers(), CoreGenerators.Periods(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (dossiers, period, seed) =>
        {
            var random = new Random(seed);
            var rows = dossiers.Select(d => Raw.Of(d, ProcedureCodes[random.Next(ProcedureCodes.Length)])).ToArray();
            foreach (var i in Enumerable.Range(0, rows.Length).Where(_ => random.Next(3) == 0))
            {
                rows[i] = Mutate(rows[i], rows, random);
            }
            string path = files.Path($"p{Guid.NewGuid():N}.parquet");
            Raw.Write(rows, path);
            AssertSame(path, period);
        });

    [Fact]
    public void Report_NationalSample_DuckDbPeerGivesOurNumbers()
    {
        var sample = NationalSample.Create(2022, 30_000);
        string path = files.Path("sample.parquet");
        DossierFile.Write(sample.Dossiers(), path);
        var ours = DossierFile.Report(path, sample.Period, GroupBy.Unit, options: new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) });
        using var duck = DuckDbReport.Open(WorkingCalendar.Vietnam, sample.Procedures, new LocalDate(2019, 1, 1), new LocalDate(2025, 12, 31));
        var theirs = DuckDbReport.Run(duck, path, sample.Period);
        Assert.Equal(30_000, ours.RowsRead);
        Assert.True(ours.AcceptedRows > 29_000, "the sample's rows are accepted");
        AssertSame(ours, theirs);
    }

    private static void AssertSame(string path, ReportingPeriod period)
    {
        var ours = DossierFile.Report(path, period, GroupBy.Unit, options: new DossierReadOptions { DueDates = Catalogue.DueDates(WorkingCalendar.Vietnam) });
        using var duck = DuckDbReport.Open(WorkingCalendar.Vietnam, Catalogue, new LocalDate(2015, 1, 1), new LocalDate(2030, 12, 31));
        AssertSame(ours, DuckDbReport.Run(duck, path, period));
    }

    private static void AssertSame(DossierFileReport ours, (Dictionary<string, long[]> Units, long Rows, long Rejected) theirs)
    {
        var differences = DuckDbReport.Differences(ours, theirs);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
        Assert.Equal(ours.AcceptedRows, theirs.Units.Values.Sum(u => u[^1]));
    }

    /// <summary>One change a row can suffer: each rule of INDICATORS.md §3, and unusual valid forms.</summary>
    private static Raw Mutate(Raw row, Raw[] rows, Random random) => random.Next(17) switch
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
        9 or 10 => row with { Due = null },
        11 => row with { Due = row.Received?.AddMinutes(-random.Next(1, 5000)) },
        12 => row with { Finished = row.Received?.AddMinutes(-random.Next(1, 5000)) },
        13 => row with { Finished = row.Finished is null ? row.Received?.AddHours(5) : null },
        14 => row with { Status = "awaiting_supplement", Finished = null, Requested = random.Next(2) == 0 ? null : row.Received },
        15 => row with { Requests = random.Next(2) == 0 ? -1 : null },
        _ => row with { Id = "HS-Đ" + random.Next(4) + (random.Next(2) == 0 ? "" : "\u1EA1") },
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
