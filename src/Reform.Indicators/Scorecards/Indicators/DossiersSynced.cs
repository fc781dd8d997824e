using NodaTime;
using Reform.Indicators.Indicators;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 1.4, dossiers synchronised to the national portal (docs/specification.md §14): of the dossiers
/// received in the period, those synced. When none was received and the unit's received count of
/// last year is known (<see cref="ScorecardOptions.PriorYearReceived"/>), the denominator is that
/// count ÷ 12 for a month, ÷ 4 for a quarter, × 1 for a year, × days ÷ 365 otherwise, as on the portal.
/// </summary>
internal sealed class DossiersSynced : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "1.4", "DOSSIER_SYNC", "Dossiers synchronised to the national portal (hồ sơ đồng bộ)", 6m,
        "dossiers received in the period and synced to the DVCQG",
        "dossiers received in the period; when 0, last year's received ÷ 12 (month), ÷ 4 (quarter) or × 1 (year), else 0 points", null, ZeroPoints, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } =
    [
        DataNeed.Needs(ScorecardDataPart.DossierDetails, "synced_to_portal"),
        DataNeed.Needs(ScorecardDataPart.Dossiers),
    ];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally(scope);

    /// <summary>A tally of 1.4, also read by 3.3 for its sync rate.</summary>
    internal sealed class Tally(UnitScope scope) : IndicatorTally<Tally>
    {
        private long synced;
        private long received;

        /// <summary>The dossiers received in the period.</summary>
        public long Received => received;

        public override void Add(in ScopedDossier dossier)
        {
            if (dossier.IsReceived)
            {
                received++;
                synced += dossier.Details.SyncedToNationalPortal ? 1 : 0;
            }
        }

        protected override void MergeWith(Tally other)
        {
            synced += other.synced;
            received += other.received;
        }

        public override IndicatorInput Finish() =>
            received > 0 || scope.Options.PriorYearReceived.GetValueOrDefault(scope.UnitCode) is not > 0
                ? new IndicatorInput(synced, received)
                : PriorYearFallback(scope.Period, scope.Options.PriorYearReceived[scope.UnitCode]);
    }

    private static IndicatorInput PriorYearFallback(ReportingPeriod period, long priorYear)
    {
        bool startsMonth = period.First.Day == 1;
        bool endsMonth = period.Last.PlusDays(1).Day == 1;
        int months = ((period.Last.Year - period.First.Year) * 12) + period.Last.Month - period.First.Month + 1;
        (decimal divisor, string what) = startsMonth && endsMonth && months is 1 or 3 or 12
            ? (12m / months, months == 1 ? "÷ 12" : months == 3 ? "÷ 4" : "× 1")
            : (365m / (Period.DaysBetween(period.First, period.Last) + 1), "× days ÷ 365");
        return new IndicatorInput(0, priorYear / divisor, $"no dossier received: last year's {priorYear} {what}");
    }
}
