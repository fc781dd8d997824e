namespace Reform.Indicators.Indicators;

/// <summary>How dossiers are grouped in a report (docs/specification.md §5).</summary>
public enum GroupBy
{
    /// <summary>Each dossier counts for its own handling unit (<c>unit_code</c>).</summary>
    Unit = 0,

    /// <summary>
    /// By the government level of the dossier's unit: the 2022 review's "at province level" means
    /// dossiers handled by province-level bodies, not the province's whole territory.
    /// </summary>
    Level = 1,

    /// <summary>Each unit counts its own dossiers and those of every unit below it in the hierarchy valid on the period's last date.</summary>
    Rollup = 2,

    /// <summary>Everything in one group.</summary>
    National = 3,
}
