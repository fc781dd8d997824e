using Reform.Indicators.Petitions;

namespace Reform.Indicators.Scorecards.Indicators;

/// <summary>
/// An indicator's running count over the records of one unit's scope in one period: it is fed
/// records in any order, merges with a tally of other records of the same scope, and finishes
/// into the indicator's numerator and denominator.
/// </summary>
/// <remarks>
/// Law: for any split of the records in two, tallying each part and merging gives the input of
/// tallying them all. A tally ignores the records its indicator does not read.
/// </remarks>
internal abstract class IndicatorTally
{
    /// <summary>Counts a dossier in scope of the period.</summary>
    public virtual void Add(in ScopedDossier dossier)
    {
    }

    /// <summary>Counts a publication of a unit in scope (of any date: the indicator picks by date).</summary>
    public virtual void Add(in ScopedPublication publication)
    {
    }

    /// <summary>Counts a petition received in the period by a unit in scope.</summary>
    public virtual void Add(Petition petition)
    {
    }

    /// <summary>Adds the counts of <paramref name="other"/>, a tally of the same indicator and scope over other records.</summary>
    public abstract void Merge(IndicatorTally other);

    /// <summary>The indicator's numerator and denominator over the records counted.</summary>
    public abstract IndicatorInput Finish();
}

/// <summary>A tally that merges only with its own kind.</summary>
/// <typeparam name="TSelf">The tally's own type.</typeparam>
internal abstract class IndicatorTally<TSelf> : IndicatorTally
    where TSelf : IndicatorTally<TSelf>
{
    /// <inheritdoc/>
    public sealed override void Merge(IndicatorTally other) => MergeWith((TSelf)other);

    /// <summary>Adds the counts of <paramref name="other"/>.</summary>
    protected abstract void MergeWith(TSelf other);
}
