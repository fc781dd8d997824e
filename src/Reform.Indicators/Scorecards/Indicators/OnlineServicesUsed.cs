using Reform.Indicators.Dossiers;
using Reform.Indicators.Procedures;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.2, online services that received dossiers (docs/specification.md §14): of the online services
/// (partial or full, as 3.1) under the scope's authority, those with at least one dossier received
/// online in the period.
/// </summary>
internal sealed class OnlineServicesUsed : ProcedureUsage
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.2", null, "Online services that received dossiers (DVCTT có phát sinh hồ sơ)", 4m,
        "online services of the unit with at least one dossier received online in the period",
        "online services (partial or full) under the unit's authority", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.Procedures),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Uses(in ScopedDossier dossier) => dossier.Dossier.Channel == DossierChannel.Online;

    /// <inheritdoc/>
    protected override bool Considers(AdministrativeProcedure procedure, UnitScope scope) => ProceduresOnline.IsOnline(procedure, scope);
}
