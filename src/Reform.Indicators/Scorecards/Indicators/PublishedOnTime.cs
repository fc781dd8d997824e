using Reform.Indicators.Units;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 1.1, procedures published on time (docs/specification.md §14): each procedure in a publication
/// decision of a unit in scope dated in the period counts once; it is on time when every such
/// decision was dated at least 20 (ministry) or 5 (province and below) working days before the
/// legal basis takes effect — one late decision makes it late.
/// </summary>
internal sealed class PublishedOnTime : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "1.1", "PUBLISH_ON_TIME", "Procedures published on time (TTHC công bố đúng hạn)", 6m,
        "procedures in publication decisions dated in the period whose every such decision was on time: decision date ≤ latest effective date of the legal basis − 20 working days (ministry) or − 5 (province)",
        "procedures in publication decisions (QĐ công bố) dated in the period, each counted once", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Publications)];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally(scope);

    private sealed class Tally(UnitScope scope) : IndicatorTally<Tally>
    {
        private readonly Dictionary<string, bool> onTime = new(StringComparer.Ordinal);

        public override void Add(in ScopedPublication publication)
        {
            var p = publication.Publication;
            if (!scope.Period.Dates.Contains(p.DecisionDate))
            {
                return;
            }
            var deadlines = scope.Options.Publication;
            int lead = publication.PublisherLevel == GovernmentLevel.Ministry ? deadlines.MinistryLead : deadlines.ProvinceLead;
            bool early = p.DecisionDate <= scope.Calendar.AddWorkingDays(p.LegalBasisEffectiveDate, -lead);
            onTime[p.ProcedureCode] = onTime.GetValueOrDefault(p.ProcedureCode, true) && early;
        }

        protected override void MergeWith(Tally other)
        {
            foreach (var (code, early) in other.onTime)
            {
                onTime[code] = onTime.GetValueOrDefault(code, true) && early;
            }
        }

        public override IndicatorInput Finish() => new(onTime.Values.Count(early => early), onTime.Count);
    }
}
