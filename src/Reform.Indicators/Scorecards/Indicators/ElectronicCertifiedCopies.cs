using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 4.6, electronic certified copies from originals (docs/specification.md §14): its formula is not
/// confirmed, so no records score it — its input is 0/0 unless supplied through
/// <see cref="ScorecardCalculator.FromInputs"/>, and it always has "no data" from records.
/// </summary>
internal sealed class ElectronicCertifiedCopies : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.6", "ELECTRONIC_CERTIFIED_COPY", "Electronic certified copies from originals (chứng thực bản sao điện tử)", 2m,
        "not confirmed: supply the input yourself",
        "not confirmed: supply the input yourself", null, NotApplicable,
        Capture + ". Formula not confirmed, likely a post-2022 addition; the code 4.6 is the library's", Unconfirmed);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [];

    /// <inheritdoc/>
    public override bool IsComputed => false;

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally();

    private sealed class Tally : IndicatorTally<Tally>
    {
        protected override void MergeWith(Tally other)
        {
        }

        public override IndicatorInput Finish() => new(0, 0);
    }
}
