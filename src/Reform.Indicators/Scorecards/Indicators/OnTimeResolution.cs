using Reform.Indicators.Indicators;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 2.1, dossiers handled early or on time (docs/specification.md §14 and §4): the
/// <c>handledOnTime</c> rate over the dossiers in scope of the period (received in it or carried over).
/// </summary>
internal sealed class OnTimeResolution : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "2.1", null, "Dossiers handled early or on time (hồ sơ xử lý trước hạn, đúng hạn)", 20m,
        "dossiers in scope handled early or on time, or open and not yet due (docs/specification.md §4, handledOnTime)",
        "dossiers received in or carried over into the period (inScope)", null, NotApplicable,
        Spec + "; observed portal score 20 × ratio (984 observations): " + Capture, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Dossiers)];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally();

    private sealed class Tally : IndicatorTally<Tally>
    {
        private DossierCounts counts;

        public override void Add(in ScopedDossier dossier) => counts += DossierCounts.Of(dossier.Class, dossier.Dossier.Channel);

        protected override void MergeWith(Tally other) => counts += other.counts;

        public override IndicatorInput Finish() => IndicatorInput.FromRate(counts.OnTimeHandling);
    }
}
