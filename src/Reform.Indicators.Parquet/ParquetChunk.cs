namespace Reform.Indicators.Data;

/// <summary>One chunk of rows: the columns' buffers and the rows parsed from them.</summary>
internal sealed class ParquetChunk(ParquetColumnBuffer[] columns)
{
    public ParquetColumnBuffer[] Columns { get; } = columns;

    public ParquetParsedRow[] Rows { get; } = new ParquetParsedRow[ParquetTableScan.ChunkRows];

    /// <summary>The bytes of text the columns hold for the chunk so far.</summary>
    public long TextBytes => Columns.Sum(c => c.TextBytes);

    /// <summary>Lets go of buffers grown for long values (called as the chunk goes back to be refilled).</summary>
    public void Shrink()
    {
        foreach (var column in Columns)
        {
            column.Shrink();
        }
    }

    public int Count { get; set; }
}
