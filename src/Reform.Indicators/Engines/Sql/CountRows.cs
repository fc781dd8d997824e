using Reform.Indicators.Indicators;

namespace Reform.Indicators.Engines.Sql;

/// <summary>Collects the result rows of <see cref="DossierSql"/> into <see cref="EngineCounts"/>.</summary>
internal sealed class CountRows
{
    private readonly IReadOnlyList<ReportingPeriod> periods;
    private readonly PartialCountsBuilder builder;
    private long read, accepted, excluded, superseded;

    public CountRows(IReadOnlyList<ReportingPeriod> periods)
    {
        this.periods = periods;
        builder = new PartialCountsBuilder(periods);
    }

    /// <summary>Adds one result row: its unit, its period number (0: the rows read, accepted, superseded and excluded) and its <see cref="DossierSql.CountColumns"/> numbers.</summary>
    public void Add(string? unit, int period, ReadOnlySpan<long> values)
    {
        if (period == 0)
        {
            read += values[0];
            accepted += values[1];
            superseded += values[2];
            excluded += values[DossierSql.CountColumns - 1];
            return;
        }
        Span<long> counts = stackalloc long[PartialCountsBuilder.CountNames.Count];
        counts[0] = values[0];
        values[2..^1].CopyTo(counts[1..]);
        builder.Add(unit ?? throw new InvalidOperationException("The query gave counts without a unit."), periods[period - 1], counts);
    }

    /// <summary>The counts of every row added.</summary>
    public EngineCounts ToCounts() => new(builder.Build(), read, read - accepted - excluded - superseded, excluded, superseded);
}
