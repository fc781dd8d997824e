using Reform.Indicators.Petitions;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 5.3, satisfaction with petition handling (docs/specification.md §14): of the petitions received
/// in the period, those handled on time (5.2) and neither rated unsatisfied nor raised again.
/// No petitions give full points.
/// </summary>
internal sealed class PetitionSatisfaction : PetitionShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "5.3", "PETITION_HANDLING_SATISFACTION", "Satisfaction with petition handling", 6m,
        "petitions received in the period that are neither rated unsatisfied (more dislikes than likes), late nor raised again",
        "petitions first received in the period; none gives full points", null, FullPoints, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Petitions)];

    /// <inheritdoc/>
    protected override bool Qualifies(Petition petition, UnitScope scope) =>
        PetitionsOnTime.OnTime(petition, scope) && !petition.RatedUnsatisfied && !petition.RaisedAgain;
}
