using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>A group of indicators of a scorecard layout and its maximum points.</summary>
/// <param name="Code">The group's code, e.g. <c>1</c> or <c>3a</c>.</param>
/// <param name="Name">The group's name, with the Vietnamese term.</param>
/// <param name="MaxPoints">The group's maximum: the sum of its indicators' maxima.</param>
/// <param name="IndicatorCodes">The codes of its indicators, in display order.</param>
public sealed record ScoreGroup(string Code, string Name, decimal MaxPoints, IReadOnlyList<string> IndicatorCodes)
{
    private readonly IReadOnlyList<string> indicatorCodes = ValueList<string>.Of(IndicatorCodes);

    /// <summary>The codes of its indicators, in display order; equal by content.</summary>
    public IReadOnlyList<string> IndicatorCodes { get => indicatorCodes; init => indicatorCodes = ValueList<string>.Of(value); }

    /// <summary><c>"1 Transparency (18)"</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Code} {Name} ({MaxPoints})");
}
