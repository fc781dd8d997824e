namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator over dossiers in scope of the period: denominator those it counts (by default
/// those received in the period), numerator those of them that qualify (3.6, 4.1, 4.2, 4.3, 4.4,
/// 4.5b; docs/specification.md §14).
/// </summary>
internal abstract class DossierShare : ScorecardIndicator
{
    /// <summary>Whether a dossier in scope of the period counts in the denominator; by default, whether it was received in the period.</summary>
    protected virtual bool Counts(in ScopedDossier dossier) => dossier.IsReceived;

    /// <summary>Whether a dossier counted in the denominator counts in the numerator.</summary>
    protected abstract bool Qualifies(in ScopedDossier dossier);

    /// <inheritdoc/>
    public sealed override IndicatorTally Start(UnitScope scope) => new Tally(this);

    private sealed class Tally(DossierShare indicator) : IndicatorTally<Tally>
    {
        private long qualified;
        private long counted;

        public override void Add(in ScopedDossier dossier)
        {
            if (indicator.Counts(dossier))
            {
                counted++;
                qualified += indicator.Qualifies(dossier) ? 1 : 0;
            }
        }

        protected override void MergeWith(Tally other)
        {
            qualified += other.qualified;
            counted += other.counted;
        }

        public override IndicatorInput Finish() => new(qualified, counted);
    }
}
