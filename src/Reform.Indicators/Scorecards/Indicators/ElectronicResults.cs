using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 4.1, dossiers with an electronic result (docs/specification.md §14): of the dossiers in scope
/// resolved and completed in the period whose procedure requires a written result, those with an
/// electronic result file (the period basis is the library's choice).
/// </summary>
internal sealed class ElectronicResults : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.1", "ORIGINAL_RESULT_AVAILABLE", "Dossiers with an electronic result (kết quả giải quyết TTHC điện tử)", 6m,
        "dossiers completed in the period with an electronic result file",
        "dossiers completed in the period of procedures that require a written result (period basis: the library's choice)", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.Dossiers, DossierFields.ResultElectronic),
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "requires_written_result"),
    ];

    /// <inheritdoc/>
    protected override bool Counts(in ScopedDossier dossier) =>
        dossier.Class.Outcome == DossierOutcome.Resolved && dossier.Dossier.Status == DossierStatus.Completed && dossier.Procedure.RequiresWrittenResult;

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Dossier.ResultElectronic == true;
}
