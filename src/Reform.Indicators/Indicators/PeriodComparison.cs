using Reform.Indicators.Measures;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The counts of one group in two periods, and the change of every rate (in points and
/// relative) and every count (absolute and relative) between them (docs/specification.md §6).
/// </summary>
/// <param name="BeforePeriod">The earlier period (the baseline).</param>
/// <param name="Before">The counts in the earlier period.</param>
/// <param name="AfterPeriod">The later period.</param>
/// <param name="After">The counts in the later period.</param>
/// <example>
/// <code>
/// var comparison = DossierIndicators.Compare(dossiers, ReportingPeriod.Year(2021), ReportingPeriod.Year(2022));
/// comparison.Online.ToString();                  // "+17.50 pp (+49.58%)"
/// comparison.ChangeOf(c => c.Received).ToString(); // "+1,200 (+12.00%)"
/// </code>
/// </example>
public sealed record PeriodComparison(ReportingPeriod BeforePeriod, DossierCounts Before, ReportingPeriod AfterPeriod, DossierCounts After)
{
    /// <summary>The change of the on-time resolution rate.</summary>
    public Delta OnTimeResolution => Delta.Between(Before.OnTimeResolution, After.OnTimeResolution);

    /// <summary>The change of the on-time handling rate (Decision 766, indicator 2.1).</summary>
    public Delta OnTimeHandling => Delta.Between(Before.OnTimeHandling, After.OnTimeHandling);

    /// <summary>The change of the online share.</summary>
    public Delta Online => Delta.Between(Before.Online, After.Online);

    /// <summary>The change of any count, e.g. <c>c =&gt; c.Received</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    public Change ChangeOf(Func<DossierCounts, long> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return Change.Between(count(Before), count(After));
    }

    /// <summary>The change of any rate, e.g. <c>c =&gt; c.Online</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    public Delta DeltaOf(Func<DossierCounts, Rate> rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return Delta.Between(rate(Before), rate(After));
    }

    /// <summary><c>"2021 -> 2022: on-time resolution +0.10 pp (+0.10%), on-time handling ..., online +17.50 pp (+49.58%)"</c>.</summary>
    public override string ToString() =>
        $"{BeforePeriod.Name} -> {AfterPeriod.Name}: on-time resolution {OnTimeResolution}, on-time handling {OnTimeHandling}, online {Online}, received {ChangeOf(c => c.Received)}";
}
