using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Columnar;

public static partial class ColumnarIndicators
{
    /// <summary>
    /// A report per period from one pass over the table (<see cref="Count(DossierTable, IEnumerable{ReportingPeriod}, ClassificationPolicy?, int)"/>):
    /// the same reports as <see cref="ReportSeries.Compute"/>, in the order of <paramref name="periods"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping, or two periods have the same name.</exception>
    /// <example><c>ColumnarIndicators.Reports(table, ReportingPeriod.Parse("2022").Every(PeriodStep.Month), GroupBy.Level, registry)</c></example>
    public static ReportSeries Reports(
        DossierTable table, IEnumerable<ReportingPeriod> periods, GroupBy groupBy, UnitRegistry? units = null, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToArray();
        return ReportsFrom(Count(table, list, policy), list, groupBy, units, rejected: null);
    }

    /// <summary>A report per period from counts already made (e.g. by a file scan), in the order of <paramref name="periods"/>.</summary>
    /// <param name="counts">The counts; every period must be among its <see cref="PartialCounts.Periods"/>.</param>
    /// <param name="periods">The periods to report.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">The units; required for level and rollup groupings, else may be null.</param>
    /// <param name="rejected">The rows rejected on input, carried into every report; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> or <paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException">A period was not counted, <paramref name="units"/> is missing for a level or rollup grouping, or two periods have the same name.</exception>
    public static ReportSeries ReportsFrom(
        PartialCounts counts, IEnumerable<ReportingPeriod> periods, GroupBy groupBy, UnitRegistry? units, IReadOnlyList<RowError>? rejected)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(periods);
        return new ReportSeries(periods.Select(p => counts.Report(p, groupBy, units, rejected)));
    }
}
