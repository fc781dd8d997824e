namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator over the dossiers received in the period: numerator those that qualify,
/// denominator all of them (4.2, 4.3, 4.4, 4.5b; docs/specification.md §14).
/// </summary>
internal abstract class ReceivedDossierShare : ScorecardIndicator
{
    /// <summary>Whether a dossier received in the period counts in the numerator.</summary>
    protected abstract bool Qualifies(in ScopedDossier dossier);

    /// <inheritdoc/>
    public sealed override IndicatorTally Start(UnitScope scope) => new Tally(this);

    private sealed class Tally(ReceivedDossierShare indicator) : IndicatorTally<Tally>
    {
        private long qualified;
        private long received;

        public override void Add(in ScopedDossier dossier)
        {
            if (dossier.IsReceived)
            {
                received++;
                qualified += indicator.Qualifies(dossier) ? 1 : 0;
            }
        }

        protected override void MergeWith(Tally other)
        {
            qualified += other.qualified;
            received += other.received;
        }

        public override IndicatorInput Finish() => new(qualified, received);
    }
}
