using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>
/// One wide row: a group in a period with one rate per indicator — long rows pivoted back
/// (<see cref="IndicatorReports.ToWide"/>).
/// </summary>
/// <param name="Unit">The group's key, as in <see cref="TidyRow.Unit"/>.</param>
/// <param name="Name">The unit's name, when known.</param>
/// <param name="Level">The unit's or the group's level, when known.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Rates">The rate of each indicator the long rows held for this group and period, by indicator name.</param>
public sealed record WideRow(string Unit, string? Name, GovernmentLevel? Level, ReportingPeriod Period, IReadOnlyDictionary<string, Rate> Rates)
{
    /// <summary>The rate of <paramref name="indicator"/>; a rate with no value (0/0) when the long rows had none for it.</summary>
    public Rate this[string indicator] => Rates.TryGetValue(indicator, out var rate) ? rate : default;

    /// <summary>Equal when the unit, name, level and period are equal and the rates hold the same indicators with equal rates (in any order).</summary>
    /// <param name="other">The other row.</param>
    public bool Equals(WideRow? other) =>
        other is not null && Unit == other.Unit && Name == other.Name && Level == other.Level && Period.Equals(other.Period)
        && Rates.Count == other.Rates.Count
        && Rates.All(pair => other.Rates.TryGetValue(pair.Key, out var rate) && rate.Equals(pair.Value));

    /// <summary>A hash code over the unit, period and the indicators' names and rates, independent of their order.</summary>
    public override int GetHashCode()
    {
        int rates = 0;
        foreach (var pair in Rates)
        {
            rates ^= HashCode.Combine(pair.Key, pair.Value);
        }
        return HashCode.Combine(Unit, Name, Level, Period, rates);
    }
}
