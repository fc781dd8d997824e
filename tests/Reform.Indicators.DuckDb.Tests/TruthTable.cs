using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Data;
using Reform.Indicators.DuckDb;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Engines.Tests;

/// <summary>
/// The truth table of one rule, checked row by row: each case (one row, or a few rows of one id) is
/// given its own unit code, so the SQL's counts per unit are its verdict on that case — rejected,
/// excluded, and how it counts in the rule's period and in a period holding every receipt — and the
/// in-process engine's counts per unit are the rule's verdict. Any case where they differ fails the
/// property, naming the case's rows.
/// </summary>
public static class TruthTable
{
    /// <summary>The rule's own period and a period in which every accepted row of these tests is in scope.</summary>
    public static readonly ReportingPeriod Period = ReportingPeriod.Parse("2023-Q1");

    private static readonly ReportingPeriod Everything = ReportingPeriod.Parse("2020-01-01..2026-12-31");

    /// <summary>A receipt time of the tests: around the rule period, on any day (weekends and Tết 2023 included) and any time of day (µs).</summary>
    public static Gen<DateTime> Receipts { get; } =
        from day in Gen.Choose(-40, 130)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        from microsecond in Gen.Elements(0, 0, 1, 999_999)
        select new DateTime(2023, 1, 1).AddDays(day).AddMinutes(minute).AddMicroseconds(microsecond);

    /// <summary>A time shortly before, at or after another: the boundaries of each comparison (µs, minutes, days).</summary>
    public static Gen<TimeSpan> Near { get; } = Gen.OneOf(
        Gen.Elements(TimeSpan.Zero, TimeSpan.FromMicroseconds(1), TimeSpan.FromMicroseconds(-1), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(-1),
            TimeSpan.FromDays(1), TimeSpan.FromDays(-1)),
        Gen.Choose(-20 * 24 * 60, 40 * 24 * 60).Select(m => TimeSpan.FromMinutes(m)));

    /// <summary>A valid row: online, processing, due five days after its receipt.</summary>
    public static ExportRows.Row Valid(DateTime received) =>
        new("id", "unit", "1.000002", "online", received, received.AddDays(5), null, "processing", 0, null);

    /// <summary>Checks every case with the DuckDB engine against the in-process engine; true when all agree, else throws naming the first cases that differ.</summary>
    /// <param name="cases">The cases: each one or more rows; ids and units are given here (one unit per case, one id per case unless <paramref name="keepIds"/>).</param>
    /// <param name="units">The units file, when the rule needs one; its codes are the cases' units.</param>
    /// <param name="keepIds">Whether the rows keep the ids the generator gave them (the repeats rule), prefixed by the case.</param>
    /// <param name="endPoint">The end point both engines read with (docs/specification.md §9.5).</param>
    /// <param name="repeats">The choice among the valid rows of an id both engines make (docs/specification.md §9.9).</param>
    public static bool Agree(IReadOnlyList<ExportRows.Row[]> cases, Func<IReadOnlyList<string>, UnitRegistry>? units = null, bool keepIds = false,
        Dossiers.EndPoint endPoint = Dossiers.EndPoint.Processed, Dossiers.RepeatsPolicy repeats = Dossiers.RepeatsPolicy.First)
    {
        var readPolicy = Dossiers.DossierReadPolicy.Default with { EndPoint = endPoint, Repeats = repeats };
        var codes = Enumerable.Range(0, cases.Count).Select(i => "C" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
        var rows = cases.SelectMany((rowsOfCase, i) => rowsOfCase.Select((r, j) => r with
        {
            Id = string.IsNullOrWhiteSpace(r.Id) ? r.Id
                : keepIds ? r.Id.Replace("id", codes[i] + "-", StringComparison.Ordinal) : codes[i] + "-" + j.ToString(CultureInfo.InvariantCulture),
            Unit = r.Unit == "unit" ? codes[i] : r.Unit,
            ReceivingUnit = r.ReceivingUnit?.Replace("unit", codes[i], StringComparison.Ordinal),
        })).ToArray();
        string folder = Directory.CreateTempSubdirectory("reform-truth-table-").FullName;
        try
        {
            ExportRows.Row.WriteCsv(rows, folder, perFile: Math.Max(1, rows.Length));
            string file = Directory.GetFiles(folder, "*.csv").Single();
            var registry = units?.Invoke(codes);
            var engine = new DuckDbDossierEngine([file], procedures: ExportRows.Procedures, units: registry, readPolicy: readPolicy).Count([Period, Everything]);
            var differences = new List<string>();
            foreach (var period in new[] { Period, Everything })
            {
                var memory = DossierFile.Report(file, period, GroupBy.Unit, registry, ExportRows.ReadOptions with { Policy = readPolicy });
                if ((memory.RowsRead, memory.RejectedRows, memory.ExcludedRows, memory.SupersededRows) != (engine.RowsRead, engine.RowsRejected, engine.RowsExcluded, engine.RowsSuperseded))
                {
                    differences.Add($"rows read, rejected, excluded, superseded: memory {memory.RowsRead}, {memory.RejectedRows}, {memory.ExcludedRows}, {memory.SupersededRows}; " +
                        $"SQL {engine.RowsRead}, {engine.RowsRejected}, {engine.RowsExcluded}, {engine.RowsSuperseded}");
                }
                var sql = engine.Report(period, GroupBy.Unit, registry);
                for (int i = 0; i < codes.Length && differences.Count < 4; i++)
                {
                    var expected = memory.Report.Groups.FirstOrDefault(g => g.Key == codes[i])?.Counts ?? default;
                    var actual = sql.Groups.FirstOrDefault(g => g.Key == codes[i])?.Counts ?? default;
                    if (expected != actual)
                    {
                        differences.Add($"{period.Name}, case {codes[i]}: the rule gives {expected}, the SQL {actual}; rows:\n    "
                            + string.Join("\n    ", rows.Where(r => r.Unit == codes[i] || r.Id?.StartsWith(codes[i], StringComparison.Ordinal) == true)));
                    }
                }
            }
            return differences.Count == 0 ? true : throw new Xunit.Sdk.XunitException(string.Join("\n", differences));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Cases of one row each, from a generator of rows.</summary>
    public static Arbitrary<ExportRows.Row[][]> Rows(Gen<ExportRows.Row> row) =>
        Gen.ArrayOf(row.Select(r => new[] { r }), 60).ToArbitrary();

    /// <summary>A date as a <see cref="LocalDate"/>.</summary>
    public static LocalDate Date(DateTime time) => LocalDate.FromDateTime(time);
}
