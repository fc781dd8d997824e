using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>4.5b, dossiers using population data (docs/specification.md §14): of the dossiers received in the period, those that used VNeID or population data.</summary>
internal sealed class DossiersUsingPopulationData : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.5b", "CITIZEN_DATA_CONNECTED_DOSSIER", "Dossiers using population data", 2m,
        "dossiers received in the period using VNeID or population data",
        "dossiers received in the period", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "population_data"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Details.PopulationData;
}
