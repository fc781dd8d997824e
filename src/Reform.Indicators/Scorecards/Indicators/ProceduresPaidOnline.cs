using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.5b, procedures with at least one online payment (docs/specification.md §14): of the
/// fee-bearing procedures under the scope's authority, those with a dossier received in the period
/// paid online. The formula is the library's reading of the portal [unconfirmed]; full points at 80%.
/// </summary>
internal sealed class ProceduresPaidOnline : ProcedureUsage
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.5b", null, "Procedures with at least one online payment", 2m,
        "fee-bearing procedures under the unit's authority with at least one dossier of the period paid online",
        "fee-bearing procedures under the unit's authority",
        0.8m, NotApplicable,
        Capture + ". Formula not in the spec ('portal'); numerator and denominator are the library's reading, and the 80% cap is an inference of the notes", Unconfirmed);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "fee_bearing"),
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "paid_online"),
        DataNeed.Needs(ScorecardDataPart.Procedures),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Uses(in ScopedDossier dossier) => dossier.Details.PaidOnline != OnlinePaymentGateway.None;

    /// <inheritdoc/>
    protected override bool Considers(AdministrativeProcedure procedure, UnitScope scope) => scope.ProcedureOf(procedure.Code).FeeBearing;
}
