using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

public static partial class IndicatorReports
{
    /// <summary>The report with only the groups that satisfy <paramref name="predicate"/>, in their order; same period, grouping and rejected rows.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example><c>report.Where(g => g.Counts.Resolved >= 1_000)</c></example>
    public static IndicatorReport Where(this IndicatorReport report, Func<IndicatorGroup, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(predicate);
        return report with { Groups = [.. report.Groups.Where(predicate)] };
    }

    /// <summary>The report with only the groups of <paramref name="level"/> (e.g. the province-level bodies of a unit report).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IndicatorReport AtLevel(this IndicatorReport report, GovernmentLevel level) => report.Where(g => g.Level == level);

    /// <summary>
    /// The <paramref name="count"/> groups with the lowest <paramref name="rate"/>, lowest first, as a report.
    /// </summary>
    /// <remarks>
    /// Groups whose rate has no value (nothing to divide by) are not ranked: they are neither best
    /// nor worst. Rates are ordered as <see cref="Rate.CompareTo(Rate)"/> orders them (by exact value,
    /// then by denominator), then by key, so the order is the same on every run. Fewer groups than <paramref name="count"/> give them all.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <example><c>report.AtLevel(GovernmentLevel.Province).Worst(5, g => g.OnTimeResolution)</c></example>
    public static IndicatorReport Worst(this IndicatorReport report, int count, Func<IndicatorGroup, Rate> rate) => Ranked(report, count, rate, lowestFirst: true);

    /// <summary>The <paramref name="count"/> groups with the highest <paramref name="rate"/>, highest first, as a report; see <see cref="Worst"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IndicatorReport Best(this IndicatorReport report, int count, Func<IndicatorGroup, Rate> rate) => Ranked(report, count, rate, lowestFirst: false);

    private static IndicatorReport Ranked(IndicatorReport report, int count, Func<IndicatorGroup, Rate> rate, bool lowestFirst)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var valued = report.Groups.Where(g => rate(g).HasValue);
        var ordered = lowestFirst ? valued.OrderBy(rate) : valued.OrderByDescending(rate);
        return report with
        {
            Groups = [.. ordered.ThenBy(g => g.Key, StringComparer.Ordinal).Take(count)],
        };
    }
}
