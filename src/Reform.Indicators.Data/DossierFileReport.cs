using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data;

/// <summary>A report computed while reading a dossier file, with what the read found.</summary>
/// <param name="Report">The report over the accepted rows; its <see cref="IndicatorReport.Rejected"/> lists every rejected row.</param>
/// <param name="RowsRead">How many rows were read: accepted, rejected, excluded and superseded.</param>
/// <param name="RejectedRows">How many rows were rejected (a row with several faults counts once).</param>
/// <param name="StoppedAtFirstError">Whether reading stopped at the first bad row (strict mode); the report then covers only the rows before it.</param>
public sealed record DossierFileReport(IndicatorReport Report, long RowsRead, long RejectedRows, bool StoppedAtFirstError)
{
    /// <summary>How many rows were excluded: dossiers never received (portal status 1 or 3), neither accepted nor rejected (docs/specification.md §9).</summary>
    public long ExcludedRows { get; init; }

    /// <summary>How many valid rows were superseded by a newer row of the same dossier (<see cref="Dossiers.RepeatsPolicy.Latest"/>).</summary>
    public long SupersededRows { get; init; }

    /// <summary>How many rows were accepted: read − rejected − excluded − superseded.</summary>
    public long AcceptedRows => RowsRead - RejectedRows - ExcludedRows - SupersededRows;

    /// <summary>How many faults there are per (column, reason), most frequent first.</summary>
    public IReadOnlyList<(string Column, string Reason, long Count)> CountsByReason() =>
        [.. Report.Rejected.GroupBy(e => (e.Column, e.Reason))
            .Select(g => (g.Key.Column, g.Key.Reason, (long)g.Count()))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Column, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)];
}
