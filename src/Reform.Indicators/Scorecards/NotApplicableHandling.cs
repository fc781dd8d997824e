namespace Reform.Indicators.Scorecards;

/// <summary>How indicators that are not applicable (<see cref="ZeroDenominatorPolicy.NotApplicable"/> with a zero denominator) enter the group and total scores.</summary>
public enum NotApplicableHandling
{
    /// <summary>
    /// They count as 0 points out of their maximum: the total stays a plain sum of points out of
    /// 100, as the portal publishes it (the default).
    /// </summary>
    CountAsZero = 0,

    /// <summary>
    /// Their maximum leaves the group and the total, and the scores are rescaled to the original
    /// maximum: <c>points ÷ applicable maximum × maximum</c>.
    /// </summary>
    Rescale = 1,
}
