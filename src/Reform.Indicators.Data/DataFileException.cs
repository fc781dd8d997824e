namespace Reform.Indicators.Data;

/// <summary>
/// A file that cannot be read as a whole — not found, empty, not valid UTF-8, a required column
/// missing from the header, not a Parquet file — as one message that says what to fix.
/// </summary>
/// <remarks>
/// Problems with single rows are never thrown: they are listed as <see cref="RowError"/>s and the
/// other rows are read. This exception is for problems that make every row unreadable, so that
/// they are reported once rather than once per row.
/// </remarks>
public sealed class DataFileException : Exception
{
    /// <summary>Creates an exception with no details.</summary>
    public DataFileException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DataFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
