namespace Reform.Indicators.Dossiers;

/// <summary>What to do when several valid rows of a data set carry the same <c>dossier_id</c> (docs/specification.md §9).</summary>
/// <remarks>Rejected and excluded rows never take part in choosing.</remarks>
public enum RepeatsPolicy
{
    /// <summary>The first valid row with an id is kept; each later valid row with that id is rejected (<c>repeats an earlier row's id</c>). The default.</summary>
    First = 0,

    /// <summary>
    /// The valid row with the greatest <c>updated_at</c> is kept (a row without one is older than any
    /// row with one; on equal keys the later row in reading order); the others are superseded —
    /// neither accepted nor rejected. For monthly snapshot exports in which a dossier reappears with its newer state.
    /// </summary>
    Latest = 1,
}
