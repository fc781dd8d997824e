namespace Reform.Indicators.Indicators;

/// <summary>The timeliness class of an in-scope dossier for a period (docs/specification.md §4).</summary>
public enum Timeliness
{
    /// <summary>Finished in the period on a date before the due date (trước hạn).</summary>
    Early = 0,

    /// <summary>Finished in the period on the due date, not after the due time (đúng hạn).</summary>
    OnTime = 1,

    /// <summary>Finished in the period after the due time, or after more than one supplementation request (trễ hạn).</summary>
    Late = 2,

    /// <summary>Open at the period's end and not past its due time (chưa đến hạn).</summary>
    NotYetDue = 3,

    /// <summary>Open at the period's end and past its due time, or after more than one supplementation request (quá hạn).</summary>
    Overdue = 4,
}
