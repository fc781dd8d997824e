namespace Reform.Indicators.Scorecards;

/// <summary>Whose records count for a unit's scorecard.</summary>
/// <remarks>
/// Decision 766 on the national portal: a province counts itself and all its descendant units; a
/// ministry itself and its vertical branches (ngành dọc: tax, customs, …); a commune only its own
/// records (docs/specification.md §14, scope and ranks).
/// </remarks>
public enum ScopeRule
{
    /// <summary>Only the records of the unit itself.</summary>
    OwnRecords = 0,

    /// <summary>The records of the unit and of every unit below it in the hierarchy (and, for a ministry, of its vertical branches).</summary>
    Subtree = 1,
}
