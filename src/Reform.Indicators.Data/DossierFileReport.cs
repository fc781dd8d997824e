using Reform.Indicators.Indicators;

namespace Reform.Indicators.Data;

/// <summary>A report computed while reading a dossier file, with what the read found.</summary>
/// <param name="Report">The report over the accepted rows; its <see cref="IndicatorReport.Rejected"/> lists the faults of the first <see cref="DossierReadOptions.MaxRejectedRows"/> rejected rows.</param>
/// <param name="RowsRead">How many rows were read: accepted, rejected, excluded and superseded.</param>
/// <param name="RejectedRows">How many rows were rejected (a row with several faults counts once).</param>
/// <param name="StoppedAtFirstError">Whether reading stopped at the first bad row (strict mode); the report then covers only the rows before it.</param>
public sealed record DossierFileReport(IndicatorReport Report, long RowsRead, long RejectedRows, bool StoppedAtFirstError)
{
    /// <summary>How many rows were excluded: dossiers never received (portal status 1 or 3), neither accepted nor rejected (docs/specification.md §9).</summary>
    public long ExcludedRows { get; init; }

    /// <summary>How many valid rows were superseded by a newer row of the same dossier (<see cref="Dossiers.RepeatsPolicy.Latest"/>).</summary>
    public long SupersededRows { get; init; }

    /// <summary>The rejected rows of the units and procedures files read with the dossiers (<see cref="DossierDataSet.Open"/>), each naming its file and row; not part of <see cref="RowsRead"/>. Empty when none were read.</summary>
    public IReadOnlyList<RowError> ReferenceRejects { get; init; } = [];

    /// <summary>How many rows were accepted: read − rejected − excluded − superseded.</summary>
    public long AcceptedRows => RowsRead - RejectedRows - ExcludedRows - SupersededRows;

    /// <summary>Rejected rows per (column, reason) over every rejected row, not only those kept in <see cref="IndicatorReport.Rejected"/>; most first.</summary>
    public IReadOnlyList<RejectReason> RejectedByReason { get; init; } = [];

    /// <summary>Excluded rows per reason (<c>not received: status 1</c>, <c>not received: status 3</c>).</summary>
    public IReadOnlyList<RejectReason> ExcludedByReason { get; init; } = [];

    /// <summary>How many rejected rows there are per (column, reason), most frequent first (<see cref="RejectedByReason"/> as tuples).</summary>
    public IReadOnlyList<(string Column, string Reason, long Count)> CountsByReason() =>
        [.. RejectedByReason.Select(r => (r.Column, r.Reason, r.Rows))];
}
