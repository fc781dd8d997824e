using Microsoft.Data.Analysis;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Interactive;

/// <summary>
/// Long rows and reports as <see cref="DataFrame"/>s (Microsoft.Data.Analysis), for the
/// group-by, join and plotting tools of .NET notebooks.
/// </summary>
/// <remarks>
/// Columns: <c>unit</c>, <c>name</c>, <c>level</c>, <c>period</c> (strings), <c>period_first</c>
/// (<see cref="DateTime"/>, the period's first date), <c>indicator</c>, <c>numerator</c>,
/// <c>denominator</c> (<see cref="long"/>), <c>percent</c> (<see cref="double"/>, null where the
/// denominator is 0 — never 0 in its place). A frame is a copy: changing it does not change the report.
/// </remarks>
public static class DataFrames
{
    /// <summary>The long rows as a frame, one row each.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static DataFrame ToDataFrame(this IEnumerable<TidyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var all = rows as IReadOnlyList<TidyRow> ?? [.. rows];
        return new DataFrame(
            new StringDataFrameColumn("unit", all.Select(r => r.Unit)),
            new StringDataFrameColumn("name", all.Select(r => r.Name)),
            new StringDataFrameColumn("level", all.Select(r => r.Level?.ToName())),
            new StringDataFrameColumn("period", all.Select(r => r.Period.Name)),
            new PrimitiveDataFrameColumn<DateTime>("period_first", all.Select(r => (DateTime?)r.Period.First.ToDateTimeUnspecified())),
            new StringDataFrameColumn("indicator", all.Select(r => r.Indicator)),
            new Int64DataFrameColumn("numerator", all.Select(r => (long?)r.Numerator)),
            new Int64DataFrameColumn("denominator", all.Select(r => (long?)r.Denominator)),
            new DoubleDataFrameColumn("percent", all.Select(r => r.Percent is { } p ? (double?)(double)p : null)));
    }

    /// <summary>A report's long rows as a frame (<see cref="IndicatorReports.ToTidy(IndicatorReport)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static DataFrame ToDataFrame(this IndicatorReport report) => report.ToTidy().ToDataFrame();

    /// <summary>Every period's long rows as one frame.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static DataFrame ToDataFrame(this ReportSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.ToTidy().ToDataFrame();
    }
}
