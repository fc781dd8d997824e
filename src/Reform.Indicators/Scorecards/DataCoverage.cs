namespace Reform.Indicators.Scorecards;

/// <summary>
/// How much of a Decision 766 indicator's data a <see cref="ScorecardData"/> holds, decided from the
/// parts of the data the indicator reads (docs/specification.md §14, "no data"); see <see cref="ScorecardCoverage"/>.
/// </summary>
public enum DataCoverage
{
    /// <summary>Every part it reads is held: computed from records.</summary>
    Records,

    /// <summary>Its required parts are held, but an optional part whose absence changes the rule is not: computed with that fact taken as absent.</summary>
    Partial,

    /// <summary>A required part is not held, or no records score it: "no data", 0 points, never scored by its zero-denominator policy (docs/specification.md §14).</summary>
    None,
}
