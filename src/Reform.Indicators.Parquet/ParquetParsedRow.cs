namespace Reform.Indicators.Data;

/// <summary>A row's parsed fields but its codes (left as bytes for <see cref="Utf8CodeIndex"/>).</summary>
internal struct ParquetParsedRow
{
    public bool Ok;
    public ulong IdHash;
    public int IdStart;                          // the id trimmed: its bytes in the column's text of the row
    public int IdLength;
    public int Unit;                             // the unit code's number on the decoding thread (ParquetCodeNumbers); -1 when blank
    public int Procedure;                        // the procedure code's number, likewise
    public TickRow Fields;
}
