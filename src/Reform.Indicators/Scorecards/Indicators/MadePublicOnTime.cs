using Reform.Indicators.Units;
using static Reform.Indicators.Scorecards.Indicators.Decision766Sources;
using static Reform.Indicators.Scorecards.SourceConfidence;
using static Reform.Indicators.Scorecards.ZeroDenominatorPolicy;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// 1.2, procedures made public on time on the national TTHC database (docs/specification.md §14):
/// the scored unit's own publications only. Those made public in the period count in the
/// denominator, and in the numerator when made public within 10 (ministry) or 5 (province and
/// below) working days of the decision; those due by the period's end and not yet public count in
/// the denominator only.
/// </summary>
internal sealed class MadePublicOnTime : ScorecardIndicator
{
    /// <inheritdoc/>
    public override IndicatorDefinition Definition { get; } = new(
        "1.2", "PUBLIC_UPDATE_ON_TIME", "Procedures made public on time on the national TTHC database (CSDLQG về TTHC)", 4m,
        "publications made public in the period within 10 working days (ministry) or 5 (province) of the decision date; the unit itself only",
        "publications made public in the period + publications due to be public by the period's end and not yet public", null, NotApplicable, Both, SecondarySource);

    /// <inheritdoc/>
    public override IReadOnlyList<DataNeed> Needs { get; } = [DataNeed.Needs(ScorecardDataPart.Publications)];

    /// <inheritdoc/>
    public override IndicatorTally Start(UnitScope scope) => new Tally(scope);

    private sealed class Tally(UnitScope scope) : IndicatorTally<Tally>
    {
        private long onTime;
        private long dueOrMadePublic;

        public override void Add(in ScopedPublication publication)
        {
            var p = publication.Publication;
            if (!string.Equals(p.UnitCode, scope.UnitCode, StringComparison.Ordinal))
            {
                return;
            }
            var period = scope.Period;
            int makePublic = scope.UnitLevel == GovernmentLevel.Ministry ? scope.Options.Publication.MinistryMakePublic : scope.Options.Publication.ProvinceMakePublic;
            var deadline = scope.Calendar.AddWorkingDays(p.DecisionDate, makePublic);
            if (p.MadePublicOn is { } madePublic && period.Dates.Contains(madePublic))
            {
                dueOrMadePublic++;
                onTime += madePublic <= deadline ? 1 : 0;
            }
            else if ((p.MadePublicOn is not { } later || later > period.Last) && p.DecisionDate <= period.Last && deadline <= period.Last)
            {
                dueOrMadePublic++;
            }
        }

        protected override void MergeWith(Tally other)
        {
            onTime += other.onTime;
            dueOrMadePublic += other.dueOrMadePublic;
        }

        public override IndicatorInput Finish() => new(onTime, dueOrMadePublic);
    }
}
