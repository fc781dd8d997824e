using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.5, procedures with financial obligations integrated for online payment (docs/specification.md
/// §14): of the fee-bearing procedures under the scope's authority, those whose fee data is
/// integrated for online payment on the national portal. Full points at 80%.
/// </summary>
internal sealed class FeesIntegrated : ProcedureSnapshot
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.5", null, "Procedures with financial obligations integrated for online payment", 2m,
        "fee-bearing procedures under the unit's authority whose fee data is integrated for online payment on the DVCQG",
        "fee-bearing procedures under the unit's authority (fee information in the national TTHC database)", 0.8m, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "fee_bearing", "fees_integrated"),
        DataNeed.Needs(ScorecardDataPart.Procedures),
    ];

    /// <inheritdoc/>
    protected override IndicatorInput Of(UnitScope scope)
    {
        var feeBearing = scope.Authority.Select(p => scope.ProcedureOf(p.Code)).Where(p => p.FeeBearing).ToArray();
        return new IndicatorInput(feeBearing.Count(p => p.FeesIntegratedForOnlinePayment), feeBearing.Length);
    }
}
