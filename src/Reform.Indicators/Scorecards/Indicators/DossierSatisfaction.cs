using Reform.Indicators.Indicators;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 5.4, satisfaction in receiving and handling dossiers (docs/specification.md §14): as the portal
/// computes it, 100% − (overdue rate + feedback rate) over the dossiers in scope (as 2.1), i.e.
/// max(0, in scope − not handled on time − with a petition or a dislike) ÷ in scope. Full points
/// at 90%; no dossiers give 0 points.
/// </summary>
internal sealed class DossierSatisfaction : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "5.4", "DOSSIER_RECEIVING_SATISFACTION", "Satisfaction in receiving and handling dossiers", 6m,
        "max(0, in scope − overdue or late − with a petition or a dislike): 100% − (overdue rate + feedback rate), as on the portal",
        "dossiers in scope (as 2.1); none gives 0 points", 0.9m, ZeroPoints, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.Dossiers),
        DataNeed.Uses(ScorecardDataPart.DossierDetails, "feedback not subtracted", "feedback"),
    ];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally();

    private sealed class Tally : IndicatorTally<Tally>
    {
        private DossierCounts counts;
        private long feedback;

        public override void Add(in ScopedDossier dossier)
        {
            counts += DossierCounts.Of(dossier.Class, dossier.Dossier.Channel);
            feedback += dossier.Details.Feedback ? 1 : 0;
        }

        protected override void MergeWith(Tally other)
        {
            counts += other.counts;
            feedback += other.feedback;
        }

        public override IndicatorInput Finish()
        {
            long overdue = counts.InScope - counts.HandledOnTime;
            return new IndicatorInput(Math.Max(0, counts.InScope - overdue - feedback), counts.InScope);
        }
    }
}
