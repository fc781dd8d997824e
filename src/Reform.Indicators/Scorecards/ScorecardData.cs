using Reform.Indicators.Dossiers;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Scorecards;

/// <summary>The records a Decision 766 scorecard is computed from; every part but the dossiers is optional.</summary>
/// <remarks>An indicator whose records are missing has a zero denominator and scores by its zero-denominator policy; the scorecard shows 0/0, never an invented value.</remarks>
/// <param name="Dossiers">The dossiers.</param>
public sealed record ScorecardData(IReadOnlyCollection<Dossier> Dossiers)
{
    /// <summary>The dossiers' scorecard facts, by dossier id; a dossier without them counts in no numerator that needs them.</summary>
    public IReadOnlyCollection<DossierDetails> DossierDetails { get; init; } = [];

    /// <summary>The procedures (levels and online service levels); needed by 3.1, 3.2 and the other procedure-level indicators.</summary>
    public ProcedureCatalogue? Procedures { get; init; }

    /// <summary>The procedures' scorecard facts (public, components, written result, fees, subjects), by procedure code.</summary>
    public IReadOnlyCollection<ProcedureDetails> ProcedureDetails { get; init; } = [];

    /// <summary>Procedures in publication decisions, with their legal-basis effective dates (1.1, 1.2).</summary>
    public IReadOnlyCollection<ProcedurePublication> Publications { get; init; } = [];

    /// <summary>Petitions (PAKN) with their timestamps and ratings (group 5).</summary>
    public IReadOnlyCollection<Petition> Petitions { get; init; } = [];
}
