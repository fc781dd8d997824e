using System.Globalization;
using Reform.Indicators.Dossiers;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 3.3, online share of dossiers (docs/specification.md §14): of the dossiers received in the
/// period, those received online with the electronic result their procedure requires. With
/// <see cref="ScorecardOptions.MultiplyOnlineShareBySyncRate"/> the numerator is multiplied by
/// 1.4's sync rate (0 when 1.4 has no value), as the formula document says. Full points at 50%.
/// </summary>
internal sealed class OnlineShare : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "3.3", null, "Online share of dossiers (tỷ lệ hồ sơ trực tuyến)", 6m,
        "dossiers received online in the period, with an electronic result when the procedure requires a written result",
        "dossiers received in the period", 0.5m, NotApplicable,
        Both + ". The spec multiplies by the sync rate, the observed portal score does not: option MultiplyOnlineShareBySyncRate", SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.Dossiers),
        DataNeed.Uses(ScorecardDataPart.ProcedureDetails, "electronic-result condition not applied", "requires_written_result"),
        DataNeed.Uses(ScorecardDataPart.DossierDetails, null, "electronic_result", "synced_to_portal"),
    ];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally(scope);

    private sealed class Tally(UnitScope scope) : IndicatorTally<Tally>
    {
        private readonly DossiersSynced.Tally sync = new(scope);
        private long qualified;

        public override void Add(in ScopedDossier dossier)
        {
            sync.Add(dossier);
            if (dossier.IsReceived && dossier.Dossier.Channel == DossierChannel.Online)
            {
                qualified += dossier.HasRequiredElectronicResult ? 1 : 0;
            }
        }

        protected override void MergeWith(Tally other)
        {
            sync.Merge(other.sync);
            qualified += other.qualified;
        }

        public override IndicatorInput Finish()
        {
            if (!scope.Options.MultiplyOnlineShareBySyncRate)
            {
                return new IndicatorInput(qualified, sync.Received);
            }
            decimal syncRate = sync.Finish().Ratio ?? 0m;
            return new IndicatorInput(qualified * syncRate, sync.Received, string.Create(CultureInfo.InvariantCulture, $"{qualified} online × sync rate {syncRate}"));
        }
    }
}
