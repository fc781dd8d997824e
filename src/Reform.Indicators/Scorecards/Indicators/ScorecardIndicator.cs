namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// One indicator of Decision 766 (docs/specification.md §14): its definition (code, name,
/// maximum, numerator and denominator in words, threshold, zero-denominator policy, source), the
/// parts of <see cref="ScorecardData"/> it reads, and how it counts records into its
/// <see cref="IndicatorInput"/>.
/// </summary>
/// <remarks>
/// Whether an indicator has data is decided from <see cref="Needs"/> alone; the computation
/// reads nothing it does not declare there (a property test removes each undeclared part and
/// checks the input does not change).
/// </remarks>
internal abstract class ScorecardIndicator
{
    /// <summary>The built-in definition (what <see cref="Decision766.Indicators"/> lists).</summary>
    public abstract IndicatorDefinition Definition { get; }

    /// <summary>The indicator's code, e.g. <c>2.1</c>.</summary>
    public string Code => Definition.Code;

    /// <summary>The parts of the data it reads, required ones first.</summary>
    public abstract IReadOnlyList<DataNeed> Needs { get; }

    /// <summary>Whether records score it; false when its formula is unknown and its input must be supplied (4.6).</summary>
    public virtual bool IsComputed => true;

    /// <summary>A tally for one unit's scope and period, with nothing counted yet.</summary>
    public abstract IndicatorTally Start(UnitScope scope);

    /// <summary>
    /// How much of its data <paramref name="held"/> covers: none when a required part is missing
    /// or records do not score it, partial when an optional part that changes the rule is missing.
    /// </summary>
    public DataCoverage CoverageIn(ScorecardDataPart held) =>
        !IsComputed || Needs.Any(n => n.Required && !held.HasFlag(n.Part)) ? DataCoverage.None
        : Needs.Any(n => !n.Required && n.WithoutIt is not null && !held.HasFlag(n.Part)) ? DataCoverage.Partial
        : DataCoverage.Records;

    /// <summary>The parts it reads, required or optional.</summary>
    public ScorecardDataPart Reads => Needs.Aggregate(ScorecardDataPart.None, (all, n) => all | n.Part);

    /// <summary><c>"2.1"</c> and its name.</summary>
    public override string ToString() => Definition.ToString();
}
