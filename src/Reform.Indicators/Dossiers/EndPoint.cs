namespace Reform.Indicators.Dossiers;

/// <summary>Which time ends a dossier of a final status when an export gives both the end of processing and the delivery of the result.</summary>
/// <remarks>
/// docs/specification.md §9: portal exports carry <c>NgayKetThucXuLy</c> (<c>finished_at</c>, processing
/// ended) and <c>NgayTra</c> (<c>returned_at</c>, result delivered). Under either policy, when only one
/// of them is given, that one is the end.
/// </remarks>
public enum EndPoint
{
    /// <summary><c>finished_at</c> when given, else <c>returned_at</c> (the default).</summary>
    Processed = 0,

    /// <summary><c>returned_at</c> when given, else <c>finished_at</c>.</summary>
    Returned = 1,
}
