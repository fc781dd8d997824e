namespace Reform.Indicators.Indicators;

/// <summary>
/// The optional facts of a dossier that the figures of docs/specification.md §10.2–10.3 count:
/// where it was received, whether its result was electronic, and its procedure's online level on
/// its receipt date. Made once by <see cref="DossierClassifier.Extras(bool, bool, bool?, Procedures.OnlineServiceLevel?)"/>
/// on every path; stored by the columnar table as one sparse byte a row.
/// </summary>
/// <remarks>
/// Each "known" bit says that the data a figure needs is there for the dossier; the fact bit is
/// set only with it (a missing fact is never taken as yes).
/// </remarks>
[Flags]
internal enum DossierExtras : byte
{
    /// <summary>No optional fact is known.</summary>
    None = 0,

    /// <summary>The row names its receiving unit (<c>receiving_unit_code</c> not empty).</summary>
    ReceivingUnitNamed = 1,

    /// <summary>The receiving unit named differs from <c>unit_code</c> (after trimming, case-sensitive).</summary>
    ReceivedElsewhere = 2,

    /// <summary>The row states <c>result_electronic</c>.</summary>
    ResultStated = 4,

    /// <summary><c>result_electronic</c> is true.</summary>
    ElectronicResult = 8,

    /// <summary>A procedures file gives the procedure's online level on the receipt date.</summary>
    OnlineLevelKnown = 16,

    /// <summary>That online level is <c>full</c>.</summary>
    FullOnlineProcedure = 32,
}
