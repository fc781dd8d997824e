using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>
/// One long ("tidy") row of a report: one group, one period, one indicator, with the rate's
/// numerator, denominator and percent (<see cref="IndicatorReports.ToTidy(IndicatorReport)"/>).
/// </summary>
/// <param name="Unit">The group's key: a unit code for unit and rollup reports; <c>ministry</c>, <c>province</c>, <c>district</c>, <c>commune</c> or <c>unknown</c> for a level report; <c>national</c>.</param>
/// <param name="Name">The unit's name when the units data gives it; otherwise <see langword="null"/>.</param>
/// <param name="Level">The unit's or the group's level, when known.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Indicator">The indicator's name: one of <see cref="IndicatorReports.Indicators"/> (<c>onTimeResolution</c>, <c>onTimeHandling</c>, <c>online</c>).</param>
/// <param name="Rate">The rate: its parts and its value.</param>
public sealed record TidyRow(string Unit, string? Name, GovernmentLevel? Level, ReportingPeriod Period, string Indicator, Rate Rate)
{
    /// <summary>The rate's numerator.</summary>
    public long Numerator => Rate.Numerator;

    /// <summary>The rate's denominator; 0 when nothing was counted.</summary>
    public long Denominator => Rate.Denominator;

    /// <summary>100·<see cref="Numerator"/>/<see cref="Denominator"/> rounded half away from zero to two decimals; <see langword="null"/> when the denominator is 0 (never 0 or 100 in its place).</summary>
    public decimal? Percent => Rate.Percent;
}
