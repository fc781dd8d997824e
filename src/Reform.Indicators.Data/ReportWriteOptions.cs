namespace Reform.Indicators.Data;

/// <summary>How reports are written to files (<see cref="ReportWriter"/>, <see cref="TidyWriter"/>).</summary>
public sealed record ReportWriteOptions
{
    /// <summary>The defaults: CSV with a byte-order mark.</summary>
    public static ReportWriteOptions Default { get; } = new();

    /// <summary>
    /// Whether CSV output starts with the UTF-8 byte-order mark (EF BB BF); true by default. Excel
    /// opens a CSV file without it in the machine's legacy code page and garbles Vietnamese names
    /// (<c>HÃ  Ná»™i</c>); pandas, R and DuckDB read it either way. JSON and tables never have one.
    /// </summary>
    public bool ByteOrderMark { get; init; } = true;
}
