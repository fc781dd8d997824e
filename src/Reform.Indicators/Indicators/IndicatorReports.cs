using Reform.Indicators.Compliance;
using Reform.Indicators.Measures;

namespace Reform.Indicators.Indicators;

/// <summary>
/// Operations on reports that keep their meaning: long rows and back (<c>IndicatorReports.Tidy.cs</c>),
/// filters that keep the report type (<c>IndicatorReports.Filter.cs</c>), and per-group comparison of two
/// reports (<c>IndicatorReports.Compare.cs</c>).
/// </summary>
public static partial class IndicatorReports
{
    /// <summary>The indicators of a report, by name, in the order long rows list them: on-time resolution, on-time handling, online.</summary>
    /// <remarks>The names are those targets use (<see cref="IndicatorNames"/>).</remarks>
    public static IReadOnlyList<(string Name, Func<IndicatorGroup, Rate> Rate)> Indicators { get; } =
    [
        (IndicatorNames.OnTimeResolution, g => g.OnTimeResolution),
        (IndicatorNames.OnTimeHandling, g => g.OnTimeHandling),
        (IndicatorNames.Online, g => g.Online),
    ];
}
