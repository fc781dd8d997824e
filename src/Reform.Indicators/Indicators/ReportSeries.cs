using System.Collections;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>
/// Reports of the same dossiers over several periods — the months of a year, the quarters of a
/// term — in period order: a trend, as one value.
/// </summary>
/// <remarks>
/// Compute one with <see cref="Compute"/> (a report per period from records) or, in one pass
/// over a columnar table, <c>ColumnarIndicators.Reports</c>; both give the same reports. Periods are told apart by name.
/// </remarks>
/// <example>
/// <code>
/// var months = ReportingPeriod.Parse("2022").Every(PeriodStep.Month);
/// var series = ColumnarIndicators.Reports(table, months, GroupBy.Level, registry);
/// var tidy = series.ToTidy();                                   // 12 × groups × 3 long rows
/// var hanoi = series.Trend("01", g => g.OnTimeResolution);      // (period, rate) per month
/// </code>
/// </example>
public sealed class ReportSeries : IReadOnlyList<IndicatorReport>
{
    private readonly IndicatorReport[] reports;

    /// <summary>A series of the given reports, in the given order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two reports have periods of the same name.</exception>
    public ReportSeries(IEnumerable<IndicatorReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        this.reports = [.. reports];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in this.reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            if (!names.Add(report.Period.Name))
            {
                throw new ArgumentException($"Two reports of the series are for {report.Period.Name}.", nameof(reports));
            }
        }
    }

    /// <summary>The periods, in order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => [.. reports.Select(r => r.Period)];

    /// <summary>How many reports (periods) the series holds.</summary>
    public int Count => reports.Length;

    /// <summary>The report at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 … <see cref="Count"/> − 1.</exception>
    public IndicatorReport this[int index] => reports[index];

    /// <summary>The report of the period named <paramref name="period"/> (e.g. <c>2022-03</c>).</summary>
    /// <exception cref="KeyNotFoundException">No report is for that period; the message lists the periods.</exception>
    public IndicatorReport this[string period] =>
        reports.FirstOrDefault(r => r.Period.Name == period)
        ?? throw new KeyNotFoundException($"No report for '{period}' in this series; its periods are {string.Join(", ", reports.Select(r => r.Period.Name))}.");

    /// <summary>A report per period from records (the simple path: the records are classified once per period).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or <paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping, or two periods have the same name.</exception>
    public static ReportSeries Compute(
        IEnumerable<Dossier> dossiers, IEnumerable<ReportingPeriod> periods, GroupBy groupBy, UnitRegistry? units = null, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(periods);
        var records = dossiers as IReadOnlyCollection<Dossier> ?? [.. dossiers];
        return new ReportSeries(periods.Select(p => DossierIndicators.Report(records, p, groupBy, units, policy)));
    }

    /// <summary>One group's rate in every period, in order: the points of a trend chart.</summary>
    /// <param name="key">The group's key (unit code, level name or <c>national</c>).</param>
    /// <param name="rate">The rate, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <remarks>A period in which the group has no dossier in scope gives a rate of 0/0 (no value): charts leave it out, never draw it as 0.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<(ReportingPeriod Period, Rate Rate)> Trend(string key, Func<IndicatorGroup, Rate> rate)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rate);
        return [.. reports.Select(r => (r.Period, r[key] is { } group ? rate(group) : default))];
    }

    /// <summary>Every report's long rows, period after period (<see cref="IndicatorReports.ToTidy(IndicatorReport)"/>).</summary>
    public IReadOnlyList<TidyRow> ToTidy() => reports.ToTidy();

    /// <summary>Every report with only the groups that satisfy <paramref name="predicate"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public ReportSeries Where(Func<IndicatorGroup, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new ReportSeries(reports.Select(r => r.Where(predicate)));
    }

    /// <inheritdoc/>
    public IEnumerator<IndicatorReport> GetEnumerator() => ((IEnumerable<IndicatorReport>)reports).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><c>"12 periods (2022-01 … 2022-12)"</c>.</summary>
    public override string ToString() =>
        reports.Length == 0 ? "0 periods" : $"{reports.Length} periods ({reports[0].Period.Name} … {reports[^1].Period.Name})";
}
