using Reform.Indicators.Dossiers;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.6, dossiers paid online (docs/specification.md §14): of the dossiers received in the period of
/// fee-bearing procedures, less those whose synced fees are all zero, those paid online (on the
/// national portal or on a ministry's or province's gateway).
/// </summary>
internal sealed class DossiersPaidOnline : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.6", null, "Dossiers paid online (hồ sơ thanh toán trực tuyến)", 6m,
        "dossiers received in the period paid online (on the DVCQG or on the ministry/provincial gateway)",
        "dossiers received in the period of fee-bearing procedures, minus those whose synced fees are all zero", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "paid_online"),
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "fee_bearing"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
        DataNeed.Uses(ScorecardDataPart.DossierDetails, "zero-fee dossiers not removed from the denominator", "fees_all_zero"),
    ];

    /// <inheritdoc/>
    protected override bool Counts(in ScopedDossier dossier) => dossier.IsReceived && dossier.Procedure.FeeBearing && !dossier.Details.FeesAllZero;

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Details.PaidOnline != OnlinePaymentGateway.None;
}
