namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator over the procedures under the scope's authority as they stand at the period's end,
/// reading no dossier, publication or petition (1.3, 3.1, 3.5; docs/specification.md §14).
/// </summary>
internal abstract class ProcedureSnapshot : ScorecardIndicator
{
    /// <summary>The input for <paramref name="scope"/>.</summary>
    protected abstract IndicatorInput Of(UnitScope scope);

    /// <inheritdoc/>
    public sealed override IndicatorTally Start(UnitScope scope) => new Tally(this, scope);

    private sealed class Tally(ProcedureSnapshot indicator, UnitScope scope) : IndicatorTally<Tally>
    {
        protected override void MergeWith(Tally other)
        {
        }

        public override IndicatorInput Finish() => indicator.Of(scope);
    }
}
