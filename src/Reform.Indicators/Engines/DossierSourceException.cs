namespace Reform.Indicators.Engines;

/// <summary>
/// An engine cannot read its dossier source: a file or folder missing, a server unreachable, a
/// connection refused, a table or required column missing, a column of the wrong type. The message
/// says which and what to do, in one line, and never holds a password.
/// </summary>
public sealed class DossierSourceException : Exception
{
    /// <summary>An exception with no message.</summary>
    public DossierSourceException()
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public DossierSourceException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public DossierSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
