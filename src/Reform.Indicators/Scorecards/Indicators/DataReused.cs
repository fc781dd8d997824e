using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>4.3, dossiers reusing digitised data (docs/specification.md §14): of the dossiers received in the period, those with a component reused from digitised data. Full points at 80%.</summary>
internal sealed class DataReused : DossierShare
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "4.3", "REUSED_DIGITIZED_DATA", "Dossiers reusing digitised data (khai thác, sử dụng lại dữ liệu)", 2m,
        "dossiers received in the period with at least one component reused from digitised data",
        "dossiers received in the period", 0.8m, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "reused_data"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    protected override bool Qualifies(in ScopedDossier dossier) => dossier.Details.ReusedData;
}
