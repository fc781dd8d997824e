using Reform.Indicators.Petitions;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>5.1, petitions (PAKN) classified by type (docs/specification.md §14): of the petitions received in the period, those classified. Monitoring only (0 points).</summary>
internal sealed class PetitionsClassified : PetitionShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "5.1", "PETITION_CLASSIFICATION", "Petitions (PAKN) classified by type (monitoring only)", 0m,
        "petitions received in the period and classified (regulations/TTHC or staff behaviour)",
        "petitions received in the period", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Petitions)];

    /// <inheritdoc/>
    protected override bool Qualifies(Petition petition, UnitScope scope) => petition.Classified;
}
