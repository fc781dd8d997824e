namespace Reform.Indicators.Indicators;

/// <summary>How one dossier counts in a period: whether it is in scope, how it ended, and its timeliness.</summary>
/// <remarks><c>default</c> is a dossier out of scope; its other members are then meaningless.</remarks>
/// <param name="Scope">Out of scope, carried over, or received in the period.</param>
/// <param name="Outcome">How it stands at the period's end.</param>
/// <param name="Timeliness">Its timeliness class.</param>
public readonly record struct DossierClass(DossierScope Scope, DossierOutcome Outcome, Timeliness Timeliness)
{
    /// <summary>Whether the dossier counts in the period at all.</summary>
    public bool InScope => Scope != DossierScope.OutOfScope;
}
