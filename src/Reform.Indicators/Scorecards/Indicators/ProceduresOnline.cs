using Reform.Indicators.Procedures;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.1, procedures offered as online public services (docs/specification.md §14): of the
/// procedures under the scope's authority, those with a partial or full online service at the
/// period's end. Full points at 80%.
/// </summary>
internal sealed class ProceduresOnline : ProcedureSnapshot
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.1", null, "Procedures offered as online public services (TTHC cung cấp DVCTT)", 2m,
        "procedures under the unit's authority with partial or full online service at the period's end",
        "procedures under the unit's authority", 0.8m, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Procedures)];

    /// <summary>Whether <paramref name="procedure"/> is an online service (partial or full) at the period's end; also 3.2's denominator.</summary>
    internal static bool IsOnline(AdministrativeProcedure procedure, UnitScope scope) => procedure.OnlineLevelOn(scope.Period.Last) != OnlineServiceLevel.None;

    /// <inheritdoc/>
    protected override IndicatorInput Of(UnitScope scope) =>
        new(scope.Authority.Count(p => IsOnline(p, scope)), scope.Authority.Count);
}
