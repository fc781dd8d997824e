namespace Reform.Indicators.Data;

/// <summary>Opens a file of any supported format as a stream of text records.</summary>
internal static class RecordSource
{
    public static IEnumerable<RawRecord> Open(string path, FileSchema schema, DataFormat? format)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DataFileException($"{path}: cannot open the {schema.Kind} file: {e.Message}", e);
        }
        return Open(stream, format ?? DataFormats.FromPath(path), schema, path);
    }

    public static IEnumerable<RawRecord> Open(Stream stream, DataFormat format, FileSchema schema, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            DataFormat.Csv => CsvRecords.Read(stream, schema, source),
            DataFormat.Parquet => ParquetRecords.Read(stream, schema, source),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data format."),
        };
    }
}
