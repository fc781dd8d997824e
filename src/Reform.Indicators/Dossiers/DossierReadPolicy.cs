using Reform.Indicators.Calendars;

namespace Reform.Indicators.Dossiers;

/// <summary>How the fields of an export are understood (docs/specification.md §9): the end point, a due time of midnight, the order of day and month, repeated ids.</summary>
/// <remarks>The default is the one the specification names: <see cref="EndPoint.Processed"/>, midnight due is the end of the day, day first, <see cref="RepeatsPolicy.First"/>.</remarks>
public sealed record DossierReadPolicy
{
    /// <summary>The default policy.</summary>
    public static DossierReadPolicy Default { get; } = new();

    /// <summary>Which time ends a dossier of a final status when both <c>finished_at</c> and <c>returned_at</c> are given.</summary>
    public EndPoint EndPoint { get; init; } = EndPoint.Processed;

    /// <summary>
    /// Whether a <c>due_at</c> whose time of day is exactly 00:00:00 means the end of that date, as a
    /// date alone does (default true): spreadsheets write a date-only appointment as midnight, and no
    /// office sets an appointment at midnight.
    /// </summary>
    public bool MidnightDueIsEndOfDay { get; init; } = true;

    /// <summary>How slash dates are read (default day first).</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.DayMonthYear;

    /// <summary>What to do with valid rows that repeat an id (default <see cref="RepeatsPolicy.First"/>).</summary>
    public RepeatsPolicy Repeats { get; init; } = RepeatsPolicy.First;

    /// <summary>Whether the end of a dossier is its <c>returned_at</c> rather than its <c>finished_at</c>: only for a final status, by <see cref="EndPoint"/>.</summary>
    internal bool EndIsReturned(bool final, bool hasFinished, bool hasReturned) =>
        final && hasReturned && (EndPoint == EndPoint.Returned || !hasFinished);

    /// <summary>Whether a due time of this time of day (in ticks since midnight) stands for the end of its date.</summary>
    internal bool DueIsEndOfDay(bool dateOnly, bool midnight) => dateOnly || (midnight && MidnightDueIsEndOfDay);
}
