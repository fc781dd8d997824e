namespace Reform.Indicators.Data;

/// <summary>How the Parquet fast path holds one column's values.</summary>
internal enum ParquetValueKind
{
    /// <summary>UTF-8 strings: kept as bytes or as UTF-16 characters.</summary>
    Text,

    /// <summary>64-bit timestamps in microseconds since 1970-01-01, civil time.</summary>
    Micros,

    /// <summary>64-bit timestamps in milliseconds since 1970-01-01, civil time.</summary>
    Millis,

    /// <summary>32-bit signed integers.</summary>
    Integer,

    /// <summary>Booleans.</summary>
    Bool,
}
