using Reform.Indicators.Measures;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>A group's indicator in two reports and the change between them (<see cref="IndicatorReports.Compare"/>).</summary>
/// <param name="Unit">The group's key, as in <see cref="TidyRow.Unit"/>.</param>
/// <param name="Name">The unit's name from the later report, else from the earlier one; <see langword="null"/> when neither gives it.</param>
/// <param name="Level">The level from the later report, else from the earlier one.</param>
/// <param name="Indicator">The indicator's name (<see cref="IndicatorReports.Indicators"/>).</param>
/// <param name="Before">The rate in the earlier report; 0/0 (no value) when the group is not in it.</param>
/// <param name="After">The rate in the later report; 0/0 (no value) when the group is not in it.</param>
public sealed record GroupDelta(string Unit, string? Name, GovernmentLevel? Level, string Indicator, Rate Before, Rate After)
{
    /// <summary>The change: percentage points and relative, each with the reason when it has no value.</summary>
    public Delta Delta => Delta.Between(Before, After);

    /// <summary>After − before in percentage points; <see langword="null"/> when either rate has no value (never 0 in its place).</summary>
    public double? PercentagePoints => Delta.PercentagePoints;

    /// <summary><c>"01 Hà Nội onTimeResolution: 99.10% → 99.33%, +0.23 pp (…)"</c>.</summary>
    public override string ToString() => $"{Unit}{(Name is null ? "" : " " + Name)} {Indicator}: {Before} → {After}, {Delta}";
}
