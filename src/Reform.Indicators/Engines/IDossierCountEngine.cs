using Reform.Indicators.Indicators;

namespace Reform.Indicators.Engines;

/// <summary>
/// Counts dossiers where they live — in process, in an embedded DuckDB over files, in PostgreSQL —
/// and returns the counts of docs/specification.md §4 per (unit, period) with the rows it read and
/// rejected. Engines are interchangeable: on the same rows every engine gives the same
/// <see cref="EngineCounts"/>, and the library groups, rolls up and rates the result the same way
/// (<see cref="Columnar.PartialCounts.Report"/>).
/// </summary>
/// <remarks>
/// An engine is configured when it is built (its source, working calendar and procedures); a call
/// counts every period in one pass over the source. Counts of dossiers held in disjoint sources
/// (files, servers, shards that each hold whole dossiers) merge by <see cref="EngineCounts.Merge"/>.
/// </remarks>
public interface IDossierCountEngine
{
    /// <summary>Counts the source's dossiers in each of <paramref name="periods"/>.</summary>
    /// <param name="periods">The periods; at least one.</param>
    /// <param name="cancellationToken">Stops the count; the engine throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The counts per (unit, period) of the accepted rows, and how many rows were read and rejected.</returns>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty.</exception>
    EngineCounts Count(IReadOnlyList<ReportingPeriod> periods, CancellationToken cancellationToken = default);
}
