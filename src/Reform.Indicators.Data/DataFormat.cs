namespace Reform.Indicators.Data;

/// <summary>The file formats the readers and writers handle.</summary>
public enum DataFormat
{
    /// <summary>Comma- or semicolon-separated text, UTF-8 with or without a byte-order mark, RFC 4180 quoting.</summary>
    Csv = 0,

    /// <summary>Apache Parquet.</summary>
    Parquet = 1,
}
