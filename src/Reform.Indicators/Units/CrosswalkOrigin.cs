namespace Reform.Indicators.Units;

/// <summary>Where a <see cref="UnitCrosswalkLink"/> comes from.</summary>
public enum CrosswalkOrigin
{
    /// <summary>The new unit kept the old unit's code (Decision 19/2025/QĐ-TTg kept one constituent's code for 3,315 of the 3,321 new communes).</summary>
    Anchor = 0,

    /// <summary>Parsed from the published text of what the new unit was formed from.</summary>
    Composition = 1,

    /// <summary>Supplied by the user (a crosswalk file), overriding or extending the built-in links.</summary>
    User = 2,
}
