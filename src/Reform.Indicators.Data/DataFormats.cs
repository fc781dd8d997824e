namespace Reform.Indicators.Data;

/// <summary>Chooses a <see cref="DataFormat"/> from a file name.</summary>
public static class DataFormats
{
    /// <summary>The format a file's extension says: <c>.parquet</c> is Parquet; <c>.csv</c>, <c>.txt</c> and anything else is CSV.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static DataFormat FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? DataFormat.Parquet : DataFormat.Csv;
    }
}
