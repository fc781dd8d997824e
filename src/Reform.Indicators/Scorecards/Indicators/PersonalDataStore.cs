using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>4.4, dossiers connected to the citizen's data store on the national portal (docs/specification.md §14): of the dossiers received in the period, those with a component from the personal data store or the result link synced.</summary>
internal sealed class PersonalDataStore : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.4", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "Dossiers connected to the citizen's data store on the DVCQG", 4m,
        "dossiers received in the period with a component from the personal data store or the result link synced",
        "dossiers received in the period", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "personal_data_store"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Details.PersonalDataStore;
}
