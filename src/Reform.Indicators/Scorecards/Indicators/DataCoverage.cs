namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>How much of an indicator's data a <see cref="ScorecardData"/> holds, decided from the indicator's <see cref="ScorecardIndicator.Needs"/>.</summary>
internal enum DataCoverage
{
    /// <summary>Every part it reads is held: computed from records.</summary>
    Records,

    /// <summary>Its required parts are held, but an optional part whose absence changes the rule is not: computed with that fact taken as absent.</summary>
    Partial,

    /// <summary>A required part is not held, or no records score it: "no data", 0 points, never scored by its zero-denominator policy (docs/specification.md §14).</summary>
    None,
}
