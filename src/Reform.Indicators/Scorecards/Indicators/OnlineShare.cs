using System.Globalization;
using Reform.Indicators.Dossiers;
using Reform.Indicators.Indicators;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.3, online share of dossiers (docs/specification.md §14, §10.3): the named rate
/// <c>onlineElectronicResult</c> of the dossiers received in the period — received online with
/// <c>result_electronic</c> true ÷ received — counted by the report's own rule
/// (<see cref="DossierCounts.OnlineElectronicResult"/>), so the two never differ. With
/// <see cref="ScorecardOptions.MultiplyOnlineShareBySyncRate"/> the numerator is multiplied by 1.4's
/// sync rate, which the indicator then requires (no sync data: no data). Full points at 50%.
/// </summary>
internal sealed class OnlineShare : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.3", null, "Online share of dossiers (tỷ lệ hồ sơ trực tuyến)", 6m,
        "dossiers received online in the period with an electronic result (the named rate onlineElectronicResult)",
        "dossiers received in the period", 0.5m, NotApplicable,
        Both + ". The spec multiplies by the sync rate, the observed portal score does not: option MultiplyOnlineShareBySyncRate", SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.Dossiers, DossierFields.ResultElectronic),
        DataNeed.Uses(ScorecardDataPart.DossierDetails, null, DossierDetailColumns.SyncedToPortal),
    ];

    /// <summary>The sync data is required when the option multiplies by the sync rate.</summary>
    public override bool Requires(DataNeed need, ScorecardOptions options) =>
        need.Required || (need.Part == ScorecardDataPart.DossierDetails && options.MultiplyOnlineShareBySyncRate);

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally(scope);

    private sealed class Tally(UnitScope scope) : IndicatorTally<Tally>
    {
        private readonly DossiersSynced.Tally sync = new(scope);
        private DossierCounts counts;

        public override void Add(in ScopedDossier dossier)
        {
            sync.Add(dossier);
            counts += DossierCounts.Of(dossier.Class, dossier.Dossier);
        }

        protected override void MergeWith(Tally other)
        {
            sync.Merge(other.sync);
            counts += other.counts;
        }

        public override IndicatorInput Finish()
        {
            long qualified = counts.ReceivedOnlineElectronicResult;
            if (!scope.Options.MultiplyOnlineShareBySyncRate)
            {
                return new IndicatorInput(qualified, counts.Received);
            }
            decimal syncRate = sync.Finish().Ratio ?? 0m;
            return new IndicatorInput(qualified * syncRate, counts.Received,
                string.Create(CultureInfo.InvariantCulture, $"{qualified} online with an electronic result × sync rate {syncRate}"));
        }
    }
}
