using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 1.3, procedures made public with all mandatory components (docs/specification.md §14): of the
/// procedures under the scope's authority public at the period's end, those with all seven
/// components (Decree 63/2010 Art. 8(2)).
/// </summary>
internal sealed class PublicContentComplete : ProcedureSnapshot
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "1.3", "PUBLIC_CONTENT_FULL", "Procedures made public with all mandatory components", 2m,
        "public procedures under the unit's authority with all seven components (Decree 63/2010 Art. 8(2))",
        "procedures under the unit's authority public at the period's end (a snapshot)", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "public_from", "components"),
        DataNeed.Needs(ScorecardDataPart.Procedures),
    ];

    /// <inheritdoc/>
    protected override IndicatorInput Of(UnitScope scope)
    {
        var isPublic = scope.Authority.Select(p => scope.ProcedureOf(p.Code)).Where(p => p.IsPublicOn(scope.Period.Last)).ToArray();
        return new IndicatorInput(isPublic.Count(p => p.HasAllComponents), isPublic.Length);
    }
}
