namespace Reform.Indicators.Calendars;

/// <summary>
/// How a deadline is computed from a statutory limit when the data gives none (policy
/// <c>DeadlineRule</c>, docs/specification.md §10.4).
/// </summary>
public enum DeadlineRule
{
    /// <summary>
    /// The default (version 1, docs/specification.md §3.7): a limit in working days or days ends at
    /// the end of a day counted from the effective receipt date (with the
    /// <see cref="DueDatePolicy.ReceiptCutOff"/>, 15:00 by default); a limit in hours counts
    /// <see cref="DueDatePolicy.OfficeHours"/>.
    /// </summary>
    EndOfDay = 0,

    /// <summary>
    /// The clock runs only inside <see cref="DueDatePolicy.WorkingSessions"/> (by default 07:00–11:30
    /// and 13:30–17:00, 8 hours) of working days, from the time of receipt; a receipt outside the
    /// sessions starts at the next session. A working day of the limit is the sessions' total length
    /// (8 hours by default); a limit in hours counts working hours; a limit in days is computed as
    /// under <see cref="EndOfDay"/>. No cut-off applies. This is how one-stop systems that fill in the
    /// appointment (<c>NgayHenTra</c>) compute it (their due-date code: a working day of 8 hours in two
    /// sessions, a receipt after the afternoon session counted from the next morning; secondary
    /// source); Decree 118/2025/NĐ-CP, Art. 17(2) counts the intake of online dossiers in working hours.
    /// </summary>
    WorkingHours = 1,
}
