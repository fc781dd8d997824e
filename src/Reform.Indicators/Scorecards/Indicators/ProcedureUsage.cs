using Reform.Indicators.Procedures;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator over procedures under the scope's authority: numerator those with at least one
/// dossier received in the period that uses them in some way, denominator the procedures
/// considered (3.2, 3.5b, 4.5a; docs/specification.md §14). A procedure counts once per entry
/// of the catalogue.
/// </summary>
internal abstract class ProcedureUsage : ScorecardIndicator
{
    /// <summary>Whether a dossier received in the period marks its procedure as used.</summary>
    protected abstract bool Uses(in ScopedDossier dossier);

    /// <summary>Whether a procedure under the scope's authority is in the denominator.</summary>
    protected abstract bool Considers(AdministrativeProcedure procedure, UnitScope scope);

    /// <inheritdoc/>
    public sealed override IndicatorTally Start(UnitScope scope) => new Tally(this, scope);

    private sealed class Tally(ProcedureUsage indicator, UnitScope scope) : IndicatorTally<Tally>
    {
        private readonly HashSet<string> used = new(StringComparer.Ordinal);

        public override void Add(in ScopedDossier dossier)
        {
            if (dossier.IsReceived && indicator.Uses(dossier))
            {
                used.Add(dossier.Dossier.ProcedureCode);
            }
        }

        protected override void MergeWith(Tally other) => used.UnionWith(other.used);

        public override IndicatorInput Finish()
        {
            var considered = scope.Authority.Where(p => indicator.Considers(p, scope)).ToArray();
            return new IndicatorInput(considered.Count(p => used.Contains(p.Code)), considered.Length);
        }
    }
}
