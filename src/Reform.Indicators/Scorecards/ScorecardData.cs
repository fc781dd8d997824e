using Reform.Indicators.Utility;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Petitions;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Scorecards;

/// <summary>The records a Decision 766 scorecard is computed from; every part but the dossiers is optional.</summary>
/// <remarks>An indicator whose records are missing has a zero denominator and scores by its zero-denominator policy; the scorecard shows 0/0, never an invented value.</remarks>
/// <param name="Dossiers">The dossiers.</param>
/// <remarks>Equal by content: two data with equal records in the same order are equal.</remarks>
public sealed record ScorecardData(IReadOnlyCollection<Dossier> Dossiers)
{
    private readonly IReadOnlyCollection<Dossier> dossiers = ValueList<Dossier>.Of(Dossiers);
    private readonly IReadOnlyCollection<DossierDetails> dossierDetails = ValueList<DossierDetails>.Of([]);
    private readonly IReadOnlyCollection<ProcedureDetails> procedureDetails = ValueList<ProcedureDetails>.Of([]);
    private readonly IReadOnlyCollection<ProcedurePublication> publications = ValueList<ProcedurePublication>.Of([]);
    private readonly IReadOnlyCollection<Petition> petitions = ValueList<Petition>.Of([]);

    /// <summary>The dossiers.</summary>
    public IReadOnlyCollection<Dossier> Dossiers { get => dossiers; init => dossiers = ValueList<Dossier>.Of(value); }

    /// <summary>The dossiers' scorecard facts, by dossier id; a dossier without them counts in no numerator that needs them.</summary>
    public IReadOnlyCollection<DossierDetails> DossierDetails { get => dossierDetails; init => dossierDetails = ValueList<DossierDetails>.Of(value); }

    /// <summary>
    /// Which fields of <see cref="DossierDetails"/> the data states (all by default). A reader of files sets
    /// the fields that at least one accepted row gives; an indicator needing a field not stated has no data
    /// in <see cref="ScorecardCoverage"/> (docs/specification.md §14), even when details are present.
    /// </summary>
    /// <remarks>Ignored while <see cref="DossierDetails"/> is empty: no field is stated then.</remarks>
    public DossierDetailFields DossierDetailsStated { get; init; } = DossierDetailFields.All;

    /// <summary>The procedures (levels and online service levels); needed by 3.1, 3.2 and the other procedure-level indicators.</summary>
    public ProcedureCatalogue? Procedures { get; init; }

    /// <summary>The procedures' scorecard facts (public, components, written result, fees, subjects), by procedure code.</summary>
    public IReadOnlyCollection<ProcedureDetails> ProcedureDetails { get => procedureDetails; init => procedureDetails = ValueList<ProcedureDetails>.Of(value); }

    /// <summary>Procedures in publication decisions, with their legal-basis effective dates (1.1, 1.2).</summary>
    public IReadOnlyCollection<ProcedurePublication> Publications { get => publications; init => publications = ValueList<ProcedurePublication>.Of(value); }

    /// <summary>Petitions (PAKN) with their timestamps and ratings (group 5).</summary>
    public IReadOnlyCollection<Petition> Petitions { get => petitions; init => petitions = ValueList<Petition>.Of(value); }
}
