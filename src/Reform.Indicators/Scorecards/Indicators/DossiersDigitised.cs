using Reform.Indicators.Dossiers;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 4.2, dossiers digitised (docs/specification.md §14): of the dossiers received in the period,
/// those with digitised components and the electronic result their procedure requires. Linear, as
/// the observed portal (the formula document gives full points at 80%).
/// </summary>
internal sealed class DossiersDigitised : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.2", "SO_HOA_GIAY_TO_GIAI_QUYET", "Dossiers digitised (thực hiện số hóa hồ sơ)", 4m,
        "dossiers received in the period with digitised components and, when a written result is required, an electronic result",
        "dossiers received in the period", null, NotApplicable,
        Both + ". The spec says full points at 80%; the observed portal is linear, used here", SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "digitised_components"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
        DataNeed.Uses(ScorecardDataPart.ProcedureDetails, null, "requires_written_result"),
        DataNeed.Uses(ScorecardDataPart.Dossiers, "no electronic result known: dossiers of procedures requiring a written result not credited", DossierFields.ResultElectronic),
    ];

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Details.DigitisedComponents && dossier.HasRequiredElectronicResult;
}
