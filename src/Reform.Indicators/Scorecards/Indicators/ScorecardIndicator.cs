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
    /// Whether <paramref name="need"/> is required under <paramref name="options"/>: by default as declared;
    /// an indicator whose rule reads a part only under an option (3.3's sync rate) requires it then.
    /// </summary>
    public virtual bool Requires(DataNeed need, ScorecardOptions options) => need.Required;

    /// <summary>
    /// How much of its data <paramref name="held"/> covers under <paramref name="options"/>: none when a
    /// required part or field is missing or records do not score it, partial when an optional part or field
    /// that changes the rule is missing.
    /// </summary>
    public DataCoverage CoverageIn(HeldData held, ScorecardOptions options) =>
        !IsComputed || Needs.Any(n => Requires(n, options) && !held.Meets(n)) ? DataCoverage.None
        : Needs.Any(n => !Requires(n, options) && n.WithoutIt is not null && !held.Meets(n)) ? DataCoverage.Partial
        : DataCoverage.Records;

    /// <summary>The parts it reads, required or optional.</summary>
    public ScorecardDataPart Reads => Needs.Aggregate(ScorecardDataPart.None, (all, n) => all | n.Part);

    /// <summary><c>"2.1"</c> and its name.</summary>
    public override string ToString() => Definition.ToString();
}
