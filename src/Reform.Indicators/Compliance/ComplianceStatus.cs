namespace Reform.Indicators.Compliance;

/// <summary>The outcome of checking a target.</summary>
public enum ComplianceStatus
{
    /// <summary>There is nothing to judge: the actual value has no value (a zero denominator) or no bound unit has data.</summary>
    NoData = 0,

    /// <summary>The target is met (by every bound unit with data, for a target on units).</summary>
    Met = 1,

    /// <summary>The target is not met (by at least one bound unit, for a target on units).</summary>
    NotMet = 2,
}
