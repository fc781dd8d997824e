using Reform.Indicators.Petitions;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator over the petitions (PAKN) received in the period by the units in scope: numerator
/// those that qualify, denominator all of them (5.1, 5.2, 5.3; docs/specification.md §14).
/// </summary>
internal abstract class PetitionShare : ScorecardIndicator
{
    /// <summary>Whether a petition counts in the numerator.</summary>
    protected abstract bool Qualifies(Petition petition, UnitScope scope);

    /// <inheritdoc/>
    public sealed override IndicatorTally Start(UnitScope scope) => new Tally(this, scope);

    private sealed class Tally(PetitionShare indicator, UnitScope scope) : IndicatorTally<Tally>
    {
        private long qualified;
        private long petitions;

        public override void Add(Petition petition)
        {
            petitions++;
            qualified += indicator.Qualifies(petition, scope) ? 1 : 0;
        }

        protected override void MergeWith(Tally other)
        {
            qualified += other.qualified;
            petitions += other.petitions;
        }

        public override IndicatorInput Finish() => new(qualified, petitions);
    }
}
