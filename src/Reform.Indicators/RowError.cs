using System.Globalization;

namespace Reform.Indicators;

/// <summary>Why one input row was rejected: its row number, the column at fault, and the reason.</summary>
/// <remarks>
/// Rows are numbered by their line in the file, the header being line 1; records that come
/// from objects rather than a file are numbered from 1 in input order. <see cref="Value"/> is
/// the raw text of the field, or <see langword="null"/> when the error is not about one value
/// (a field that is missing, a rule between two fields). <see cref="File"/> names the file the row
/// came from when a data set is read from several files (docs/specification.md §9); row numbers
/// are per file.
/// </remarks>
/// <param name="Row">The row number (the header is row 1).</param>
/// <param name="Column">The column at fault (canonical name, e.g. <c>finished_at</c>).</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
/// <param name="Value">The raw value, when the error is about one value.</param>
public readonly record struct RowError(long Row, string Column, string Reason, string? Value = null)
{
    /// <summary>The file the row came from (as it was named to the reader); null when not read from a named file.</summary>
    public string? File { get; init; }

    /// <summary><c>"row 17, finished_at: before received_at (value '2023-01-01')"</c>, after <c>"FILE: "</c> when <see cref="File"/> is known.</summary>
    public override string ToString()
    {
        string where = File is null ? "" : File + ": ";
        return Value is null
            ? string.Create(CultureInfo.InvariantCulture, $"{where}row {Row}, {Column}: {Reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{where}row {Row}, {Column}: {Reason} (value '{Value}')");
    }
}
