using Reform.Indicators.Columnar;
using Reform.Indicators.Indicators;

namespace Reform.Indicators.Engines;

/// <summary>
/// Builds <see cref="PartialCounts"/> from rows of (unit code, period, counts), as an engine reads
/// them from a query's result: the public way for an engine package to hand its counts to the library.
/// </summary>
/// <remarks>
/// A (unit, period) added twice is summed, so rows of several queries, shards or files may be added
/// one after the other. Units whose counts are all zero are dropped by <see cref="Build"/>, as
/// <see cref="PartialCounts"/> keeps only units with a count.
/// </remarks>
/// <example>
/// <code>
/// var builder = new PartialCountsBuilder(periods);
/// while (reader.Read())
/// {
///     reader.GetValues(values); // unit, period ordinal, then the 15 counts in CountNames order
///     builder.Add(unit, periods[ordinal], counts);
/// }
/// PartialCounts partial = builder.Build();
/// </code>
/// </example>
public sealed class PartialCountsBuilder
{
    private readonly ReportingPeriod[] periods;
    private readonly List<(string, ReportingPeriod, DossierCounts)> rows = [];

    /// <summary>Starts empty counts for <paramref name="periods"/>.</summary>
    /// <param name="periods">The periods counted; duplicates by name are one period.</param>
    /// <exception cref="ArgumentException"><paramref name="periods"/> holds a null.</exception>
    public PartialCountsBuilder(IEnumerable<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        this.periods = [.. periods];
        if (Array.Exists(this.periods, p => p is null))
        {
            throw new ArgumentException("A period is null.", nameof(periods));
        }
    }

    /// <summary>
    /// The names of the counts in the order <see cref="Add(string, ReportingPeriod, ReadOnlySpan{long})"/>
    /// takes them: the fifteen counts of docs/specification.md §4, <c>inScope</c> first, <c>handledOnTime</c> last.
    /// </summary>
    public static IReadOnlyList<string> CountNames { get; } = Array.AsReadOnly(DossierCounts.Names);

    /// <summary>Adds the counts of a unit in a period.</summary>
    /// <exception cref="ArgumentException"><paramref name="unitCode"/> is empty or white space, or <paramref name="period"/> is not one of the builder's.</exception>
    public PartialCountsBuilder Add(string unitCode, ReportingPeriod period, DossierCounts counts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentNullException.ThrowIfNull(period);
        if (!Array.Exists(periods, p => p.Name == period.Name))
        {
            throw new ArgumentException($"Period {period.Name} is not among the builder's periods ({string.Join(", ", periods.Select(p => p.Name))}).", nameof(period));
        }
        rows.Add((unitCode, period, counts));
        return this;
    }

    /// <summary>Adds the counts of a unit in a period, given as the fifteen numbers named by <see cref="CountNames"/>, in that order.</summary>
    /// <exception cref="ArgumentException"><paramref name="counts"/> does not hold exactly fifteen numbers, a number is negative, the counts break an identity of <see cref="DossierCounts"/> (e.g. in scope is not carried over plus received), or as for <see cref="Add(string, ReportingPeriod, DossierCounts)"/>.</exception>
    public PartialCountsBuilder Add(string unitCode, ReportingPeriod period, ReadOnlySpan<long> counts)
    {
        if (counts.Length != CountNames.Count)
        {
            throw new ArgumentException($"Expected {CountNames.Count} counts ({string.Join(", ", CountNames)}); got {counts.Length}.", nameof(counts));
        }
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException($"Count {CountNames[i]} of unit {unitCode} in {period?.Name} is negative ({counts[i]}).", nameof(counts));
            }
        }
        DossierCounts parsed;
        try
        {
            parsed = DossierCounts.FromValues(counts);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Counts of unit {unitCode} in {period?.Name}: {e.Message}", nameof(counts), e);
        }
        return Add(unitCode, period!, parsed);
    }

    /// <summary>The counts added so far, as partial counts over the builder's periods.</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public PartialCounts Build() => new(periods, rows);
}
