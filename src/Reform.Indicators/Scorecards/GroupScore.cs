using System.Globalization;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Scorecards;

/// <summary>A group's score: the sum of its indicators' points, out of its maximum.</summary>
/// <param name="Group">The group.</param>
/// <param name="Indicators">Its indicators' scores, in display order.</param>
/// <param name="Points">The group's points, unrounded: the sum of its indicators' points (rescaled under <see cref="NotApplicableHandling.Rescale"/>).</param>
public sealed record GroupScore(ScoreGroup Group, IReadOnlyList<IndicatorScore> Indicators, decimal Points)
{
    private readonly IReadOnlyList<IndicatorScore> indicators = ValueList<IndicatorScore>.Of(Indicators);

    /// <summary>Its indicators' scores, in display order; equal by content.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get => indicators; init => indicators = ValueList<IndicatorScore>.Of(value); }

    /// <summary>The group's code.</summary>
    public string Code => Group.Code;

    /// <summary>The group's maximum points.</summary>
    public decimal MaxPoints => Group.MaxPoints;

    /// <summary><c>"1: 15.25/18"</c>, rounded to 2 decimals for display only.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code}: {Scorecard.Display(Points):0.00}/{MaxPoints}");
}
