namespace Reform.Indicators.Data;

/// <summary>A row's parsed fields but its codes (left as bytes for <see cref="Utf8CodeIndex"/>).</summary>
internal struct ParquetParsedRow
{
    public bool Ok;
    public ulong IdHash;
    public int IdStart;                          // the id trimmed: its bytes in the column's text of the row
    public int IdLength;
    public TickRow Fields;
}
