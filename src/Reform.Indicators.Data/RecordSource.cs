namespace Reform.Indicators.Data;

/// <summary>Opens a file of any supported format as a stream of text records.</summary>
internal static class RecordSource
{
    public static IEnumerable<RawRecord> Open(string path, FileSchema schema, DataFormat? format) =>
        Open(OpenFile(path, schema), format ?? DataFormats.FromPath(path), schema, path);

    /// <summary>Opens a file for sequential reading, or throws one <see cref="DataFileException"/>.</summary>
    public static Stream OpenFile(string path, FileSchema schema)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DataFileException($"{path}: cannot open the {schema.Kind} file: {e.Message}", e);
        }
    }

    public static IEnumerable<RawRecord> Open(Stream stream, DataFormat format, FileSchema schema, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            DataFormat.Csv => CsvRecords.Read(stream, schema, source),
            DataFormat.Parquet => ForReading(stream, source).Read(stream, schema, source),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data format."),
        };
    }

    /// <summary>The Parquet reader, or (the stream disposed) the error that names the package to add.</summary>
    public static ParquetSupport ForReading(Stream stream, string source)
    {
        try
        {
            return ParquetSupport.ForReading(source);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
