namespace Reform.Indicators.Engines;

/// <summary>
/// Counts with several engines at once — one per shard, server or file set — and merges their
/// counts: the fan-out for data split over servers without a distributed database in front.
/// </summary>
/// <remarks>
/// Valid when every dossier lives in exactly one shard (a table hash-partitioned by
/// <c>dossier_id</c>): a repeated id is then seen by the shard that holds both rows, and the
/// counts of the shards add up to the counts of the whole. Shards are counted in parallel; the
/// first error stops the count and is thrown.
/// </remarks>
public sealed class ShardedDossierEngine : IDossierCountEngine
{
    private readonly IDossierCountEngine[] shards;

    /// <summary>An engine over <paramref name="shards"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="shards"/> is empty or holds a null.</exception>
    public ShardedDossierEngine(IEnumerable<IDossierCountEngine> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        this.shards = [.. shards];
        if (this.shards.Length == 0 || Array.Exists(this.shards, s => s is null))
        {
            throw new ArgumentException("Give at least one shard, and no null.", nameof(shards));
        }
    }

    /// <summary>The engines of the shards.</summary>
    public IReadOnlyList<IDossierCountEngine> Shards => shards;

    /// <inheritdoc/>
    public EngineCounts Count(IReadOnlyList<Indicators.ReportingPeriod> periods, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var results = new EngineCounts[shards.Length];
        try
        {
            Parallel.For(0, shards.Length, new ParallelOptions { CancellationToken = cancellationToken }, s => results[s] = shards[s].Count(periods, cancellationToken));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results.Skip(1).Aggregate(results[0], (all, shard) => all.Merge(shard));
    }
}
