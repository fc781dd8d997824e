using System.Globalization;

namespace Reform.Indicators.Scorecards;

/// <summary>One indicator's score for one unit and period, with everything it came from.</summary>
/// <param name="Definition">The indicator: code, maximum, threshold, zero-denominator policy, source.</param>
/// <param name="Input">The numerator and denominator.</param>
/// <param name="Points">The points, unrounded, in [0, maximum].</param>
/// <param name="IsApplicable">False when the denominator is 0 and the policy is <see cref="ZeroDenominatorPolicy.NotApplicable"/> (shown as N/A).</param>
public sealed record IndicatorScore(IndicatorDefinition Definition, IndicatorInput Input, decimal Points, bool IsApplicable)
{
    /// <summary>The indicator's code.</summary>
    public string Code => Definition.Code;

    /// <summary>The indicator's maximum points.</summary>
    public decimal MaxPoints => Definition.MaxPoints;

    /// <summary>The unrounded ratio <c>min(1, N ÷ D)</c>, or null when the denominator is 0.</summary>
    public decimal? Ratio => Input.Ratio;

    /// <summary>The rule that turned the input into points, in words.</summary>
    public string Rule => Definition.Rule;

    /// <summary><c>"3.1: 2.00/2 (17/20, 85.00%)"</c>, points rounded to 2 decimals for display only.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Code}: {(IsApplicable ? Scorecard.Display(Points).ToString("0.00", CultureInfo.InvariantCulture) : "N/A")}/{MaxPoints} ({Input}{(Ratio is { } r ? $", {Scorecard.Display(100 * r):0.00}%" : "")})");
}
