namespace Reform.Indicators.Scorecards;

/// <summary>Whether a higher raw value of an indicator is better or worse (COINr's <c>Direction</c>, +1 or −1).</summary>
public enum Direction
{
    /// <summary>Higher is better (+1): e.g. an on-time rate.</summary>
    HigherIsBetter = 1,

    /// <summary>Lower is better (−1): e.g. an average handling time; normalisation flips it.</summary>
    LowerIsBetter = -1,
}
