namespace Reform.Indicators.Regulations;

/// <summary>The state of a business regulation on a date (<see cref="BusinessRegulation.StateOn"/>).</summary>
public enum RegulationState
{
    /// <summary>Not yet in force: the date is before <see cref="BusinessRegulation.InForceFrom"/>.</summary>
    NotYetInForce = 0,

    /// <summary>In force and never simplified up to the date.</summary>
    InForce = 1,

    /// <summary>In force, simplified at least once on or before the date.</summary>
    Simplified = 2,

    /// <summary>Cut on or before the date: no longer in force.</summary>
    Cut = 3,
}
