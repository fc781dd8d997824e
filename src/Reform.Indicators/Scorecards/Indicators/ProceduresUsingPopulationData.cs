using Reform.Indicators.Procedures;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 4.5a, procedures connected to the national population database (docs/specification.md §14): of
/// the procedures for individuals under the scope's authority, those with a dossier received in
/// the period that used VNeID or population data.
/// </summary>
internal sealed class ProceduresUsingPopulationData : ProcedureUsage
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.5a", "CITIZEN_DATA_CONNECTED_FORMALITY", "Procedures connected to the national population database (CSDL quốc gia về dân cư)", 2m,
        "procedures for individuals under the unit's authority with at least one dossier of the period using VNeID or population data",
        "procedures for individuals under the unit's authority", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.ProcedureDetails, "for_individuals"),
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "population_data"),
        DataNeed.Needs(ScorecardDataPart.Procedures),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Uses(in ScopedDossier dossier) => dossier.Details.PopulationData;

    /// <inheritdoc/>
    protected override bool Considers(AdministrativeProcedure procedure, UnitScope scope) => scope.ProcedureOf(procedure.Code).ForIndividuals;
}
