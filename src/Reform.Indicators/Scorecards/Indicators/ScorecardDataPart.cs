namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>The parts of <see cref="ScorecardData"/> an indicator can need (docs/specification.md §14, "no data").</summary>
/// <remarks>
/// The dossiers are always held (possibly none: that is a count of 0, not missing data); the
/// procedure catalogue is held when not null; every other part is held when it has at least one
/// record, since an empty collection and a part never supplied cannot be told apart.
/// </remarks>
[Flags]
internal enum ScorecardDataPart
{
    /// <summary>No part.</summary>
    None = 0,

    /// <summary><see cref="ScorecardData.Dossiers"/>.</summary>
    Dossiers = 1,

    /// <summary><see cref="ScorecardData.DossierDetails"/>.</summary>
    DossierDetails = 2,

    /// <summary><see cref="ScorecardData.Procedures"/>.</summary>
    Procedures = 4,

    /// <summary><see cref="ScorecardData.ProcedureDetails"/>.</summary>
    ProcedureDetails = 8,

    /// <summary><see cref="ScorecardData.Publications"/>.</summary>
    Publications = 16,

    /// <summary><see cref="ScorecardData.Petitions"/>.</summary>
    Petitions = 32,
}
