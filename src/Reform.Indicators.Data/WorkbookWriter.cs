using MiniExcelLibs;
using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Data;

/// <summary>
/// Writes reports as an Excel workbook (.xlsx): the report, the rows accounted for, and the
/// rejected rows by reason with the first of them.
/// </summary>
/// <remarks>
/// <para>Sheets: <c>report</c> (one row per period and group: the counts, and each rate's
/// numerator, denominator and percent as numbers; an empty cell where a rate has no value),
/// <c>rows</c> (rows read = accepted + rejected + excluded + superseded, docs/specification.md §9),
/// <c>rejects by reason</c> (column, reason, how many rejected rows, over all of them) and
/// <c>rejects</c> (the first rejected rows the read kept, at most <see cref="MaxRejectsListed"/>,
/// with file, row, column, reason and value). Numbers are written as numbers, so Excel sums
/// and sorts them; percent is 100·N/D rounded to two decimals, as everywhere.</para>
/// <para>Written with MiniExcel (Apache-2.0, no dependencies): it streams rows into the sheets
/// without building the workbook in memory (docs/cookbook.md, "Exports", says why this library).</para>
/// </remarks>
public static class WorkbookWriter
{
    /// <summary>How many rejected rows the <c>rejects</c> sheet lists; all are counted in <c>rejects by reason</c>.</summary>
    public const int MaxRejectsListed = 10_000;

    /// <summary>Writes a workbook of <paramref name="reports"/> and, when they were read from a file, the rows accounted for.</summary>
    /// <param name="reports">The reports (one, or a series of periods), in order.</param>
    /// <param name="stream">The output; stays open.</param>
    /// <param name="read">
    /// What reading the dossier file gave (<see cref="DossierFile.Report(string, ReportingPeriod, GroupBy, UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>):
    /// its rows read, accepted and rejected, its rejects by reason and the first rejected rows. Null for
    /// data computed in memory: the <c>rows</c> sheet then says so.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(IEnumerable<IndicatorReport> reports, Stream stream, DossierFileReport? read = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = new Dictionary<string, object>
        {
            ["report"] = reports.SelectMany(r => r.Groups.Select(g => ReportRow(r.Period, g))).ToList(),
            ["rows"] = new[]
            {
                read is null
                    ? Row(("source", "(none: computed in memory)"), ("rows read", 0L), ("accepted", 0L), ("rejected", 0L), ("excluded", 0L), ("superseded", 0L))
                    : Row(("source", "dossier rows"), ("rows read", read.RowsRead), ("accepted", read.AcceptedRows), ("rejected", read.RejectedRows),
                        ("excluded", read.ExcludedRows), ("superseded", read.SupersededRows)),
            },
            ["rejects by reason"] = read?.CountsByReason() is { Count: > 0 } reasons
                ? reasons.Select(r => Row(("column", r.Column), ("reason", r.Reason), ("count", r.Count))).ToList()
                : [Row(("column", ""), ("reason", "no row was rejected"), ("count", 0L))],
            ["rejects"] = read?.Report.Rejected is { Count: > 0 } rejected
                ? rejected.Take(MaxRejectsListed).Select(e => Row(("file", Path.GetFileName(e.File) ?? ""), ("row", e.Row), ("column", e.Column), ("reason", e.Reason), ("value", e.Value ?? ""))).ToList()
                : [Row(("file", ""), ("row", ""), ("column", ""), ("reason", "no row was rejected"), ("value", ""))],
        };
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>Writes the workbook of a report read from a file: the report, its rows accounted for, its rejects.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DossierFileReport read, string path)
    {
        ArgumentNullException.ThrowIfNull(read);
        Save([read.Report], path, read);
    }

    /// <summary>Writes the workbook to a file (replaced if it exists); see <see cref="Write"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(IEnumerable<IndicatorReport> reports, string path, DossierFileReport? read = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(reports, stream, read);
    }

    private static Dictionary<string, object?> ReportRow(ReportingPeriod period, IndicatorGroup group)
    {
        var row = Row(("period", period.Name), ("unit", group.Key), ("name", group.Name ?? ""), ("level", group.Level?.ToName() ?? ""),
            ("in scope", group.Counts.InScope), ("received", group.Counts.Received), ("resolved", group.Counts.Resolved));
        foreach (var (name, rate) in IndicatorReports.Indicators)
        {
            Rate value = rate(group);
            row[$"{name} numerator"] = value.Numerator;
            row[$"{name} denominator"] = value.Denominator;
            row[$"{name} %"] = value.Percent;
        }
        return row;
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }
        return row;
    }
}
