using Reform.Indicators.Columnar;
using Reform.Indicators.Indicators;
using Reform.Indicators.Units;

namespace Reform.Indicators.Engines;

/// <summary>What an <see cref="IDossierCountEngine"/> returns: the counts per (unit, period) and the rows it read, rejected and excluded.</summary>
/// <param name="Counts">The counts of the accepted rows per unit code and period.</param>
/// <param name="RowsRead">Every row of the source: accepted, rejected or excluded.</param>
/// <param name="RowsRejected">The rows rejected by the validation of docs/specification.md §3 (a row with several faults counts once), including rows that repeat an earlier row's id.</param>
/// <param name="RowsExcluded">The rows of dossiers never received (portal status 1 or 3, docs/specification.md §9): neither accepted nor rejected.</param>
/// <param name="RowsSuperseded">The valid rows of a dossier that a later-recorded row of it replaced (<see cref="Dossiers.RepeatsPolicy.Latest"/>, docs/specification.md §9.9): neither accepted nor rejected.</param>
public sealed record EngineCounts(PartialCounts Counts, long RowsRead, long RowsRejected, long RowsExcluded = 0, long RowsSuperseded = 0)
{
    /// <summary>The rows accepted: read minus rejected, excluded and superseded.</summary>
    public long RowsAccepted => RowsRead - RowsRejected - RowsExcluded - RowsSuperseded;

    /// <summary>
    /// The counts of both sources together: counts merged, rows added. Valid for disjoint sources
    /// in which no dossier id appears in both (shards of a table distributed by <c>dossier_id</c>,
    /// files of different dossiers): a repeat across them is not seen.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public EngineCounts Merge(EngineCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new EngineCounts(Counts.Merge(other.Counts), checked(RowsRead + other.RowsRead), checked(RowsRejected + other.RowsRejected), checked(RowsExcluded + other.RowsExcluded), checked(RowsSuperseded + other.RowsSuperseded));
    }

    /// <summary>A report for one of the counted periods, grouped as the in-process report is (<see cref="PartialCounts.Report"/>).</summary>
    /// <param name="period">One of the periods counted.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">The units; required for <see cref="GroupBy.Level"/> and <see cref="GroupBy.Rollup"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> was not counted, or <paramref name="units"/> is missing for a level or rollup grouping.</exception>
    public IndicatorReport Report(ReportingPeriod period, GroupBy groupBy, UnitRegistry? units = null) => Counts.Report(period, groupBy, units);
}
