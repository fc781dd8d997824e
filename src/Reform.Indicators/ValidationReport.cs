namespace Reform.Indicators;

/// <summary>
/// The outcome of validating input rows: the accepted records, and every rejected row with its
/// row number, column and reason. Nothing is dropped or counted silently.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// <see cref="RowsRead"/> = accepted + <see cref="RejectedRows"/> + <see cref="ExcludedRows"/> + <see cref="SupersededRows"/> always. A row with several
/// faults has several <see cref="Errors"/> but counts once in <see cref="RejectedRows"/>.
/// In strict mode validation stops at the first bad row, and <see cref="StoppedAtFirstError"/> is set.
/// </remarks>
public sealed class ValidationReport<T>
{
    /// <summary>Creates a report; readers of other formats (CSV, Parquet) build theirs with it.</summary>
    /// <param name="accepted">The valid records, in input order.</param>
    /// <param name="errors">Every fault found, in input order.</param>
    /// <param name="rowsRead">How many rows were read, accepted and rejected.</param>
    /// <param name="rejectedRows">How many rows were rejected (a row with several faults counts once).</param>
    /// <param name="stoppedAtFirstError">Whether reading stopped at the first bad row (strict mode).</param>
    /// <exception cref="ArgumentNullException"><paramref name="accepted"/> or <paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException">The counts do not add up: <paramref name="rowsRead"/> is not accepted + rejected, or rejected rows have no error.</exception>
    public ValidationReport(IReadOnlyList<T> accepted, IReadOnlyList<RowError> errors, long rowsRead, long rejectedRows, bool stoppedAtFirstError)
        : this(accepted, errors, rowsRead, rejectedRows, excludedRows: 0, supersededRows: 0, stoppedAtFirstError)
    {
    }

    /// <summary>Creates a report of a data set in which rows may also be excluded or superseded (docs/specification.md §9).</summary>
    /// <param name="accepted">The valid records kept.</param>
    /// <param name="errors">Every fault found, in input order.</param>
    /// <param name="rowsRead">How many rows were read: accepted + rejected + excluded + superseded.</param>
    /// <param name="rejectedRows">How many rows were rejected (a row with several faults counts once).</param>
    /// <param name="excludedRows">How many rows were excluded (dossiers never received).</param>
    /// <param name="supersededRows">How many valid rows lost to a newer row of the same dossier.</param>
    /// <param name="stoppedAtFirstError">Whether reading stopped at the first bad row (strict mode).</param>
    /// <exception cref="ArgumentNullException"><paramref name="accepted"/> or <paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException">The counts do not add up, are negative, or rejected rows have no error.</exception>
    public ValidationReport(
        IReadOnlyList<T> accepted, IReadOnlyList<RowError> errors, long rowsRead, long rejectedRows, long excludedRows, long supersededRows, bool stoppedAtFirstError)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(errors);
        if (rowsRead != accepted.Count + rejectedRows + excludedRows + supersededRows || rejectedRows < 0 || excludedRows < 0 || supersededRows < 0
            || (rejectedRows > 0 && errors.Count == 0))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The counts do not add up: {rowsRead} rows read, {accepted.Count} accepted, {rejectedRows} rejected, {excludedRows} excluded, {supersededRows} superseded, {errors.Count} errors."), nameof(rowsRead));
        }
        Accepted = accepted;
        Errors = errors;
        RowsRead = rowsRead;
        RejectedRows = rejectedRows;
        ExcludedRows = excludedRows;
        SupersededRows = supersededRows;
        StoppedAtFirstError = stoppedAtFirstError;
    }

    /// <summary>How many rows were excluded: dossiers never received (portal status 1 or 3), neither accepted nor rejected.</summary>
    public long ExcludedRows { get; }

    /// <summary>How many valid rows were superseded by a newer row of the same dossier (<see cref="Dossiers.RepeatsPolicy.Latest"/>).</summary>
    public long SupersededRows { get; }

    /// <summary>The valid records, in input order.</summary>
    public IReadOnlyList<T> Accepted { get; }

    /// <summary>Every fault found, in input order (a rejected row has at least one).</summary>
    public IReadOnlyList<RowError> Errors { get; }

    /// <summary>How many rows were read (accepted, rejected, excluded and superseded).</summary>
    public long RowsRead { get; }

    /// <summary>How many rows were rejected.</summary>
    public long RejectedRows { get; }

    /// <summary>Whether validation stopped at the first bad row (strict mode).</summary>
    public bool StoppedAtFirstError { get; }

    /// <summary>Whether every row read was accepted.</summary>
    public bool IsValid => RejectedRows == 0;

    /// <summary>How many faults there are per (column, reason), most frequent first, then by column and reason.</summary>
    public IReadOnlyList<(string Column, string Reason, long Count)> CountsByReason() =>
        [.. Errors.GroupBy(e => (e.Column, e.Reason))
            .Select(g => (g.Key.Column, g.Key.Reason, (long)g.Count()))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Column, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)];

    /// <summary><c>"998 accepted, 2 rejected (3 faults)"</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Accepted.Count:N0} accepted, {RejectedRows:N0} rejected ({Errors.Count:N0} faults){(ExcludedRows > 0 ? $", {ExcludedRows:N0} excluded" : "")}{(SupersededRows > 0 ? $", {SupersededRows:N0} superseded" : "")}{(StoppedAtFirstError ? ", stopped at the first bad row" : "")}");
}
