using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Procedures;

/// <summary>
/// The deadline rule of <see cref="ProcedureCatalogue.DueDates"/>: the statutory limit of the
/// code's version in force on the receipt date, counted with a calendar and a policy
/// (docs/specification.md §3, §10.5). The resolver that method returns is <see cref="DueDate"/> of
/// an instance of this class, so a reader that already knows the version in force (the spans of
/// <see cref="ProcedureCatalogue.Spans"/>) can skip the look-up by code and date and still apply
/// the same rule (<see cref="DueDateOf"/>).
/// </summary>
internal sealed class CatalogueDueDates(ProcedureCatalogue catalogue, WorkingCalendar calendar, DueDatePolicy? policy)
{
    /// <summary>The catalogue whose versions give the limits.</summary>
    public ProcedureCatalogue Catalogue => catalogue;

    /// <summary>The deadline of a dossier of <paramref name="code"/> received at <paramref name="receivedAt"/>; null for an unknown code or one with no version in force that day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range.</exception>
    public LocalDateTime? DueDate(string code, LocalDateTime receivedAt) =>
        catalogue.Find(code, receivedAt.Date) is { } version ? DueDateOf(version, receivedAt) : null;

    /// <summary>The deadline of a dossier received at <paramref name="receivedAt"/> under <paramref name="version"/>, the version in force on that date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range.</exception>
    public LocalDateTime DueDateOf(AdministrativeProcedure version, LocalDateTime receivedAt) =>
        calendar.DueDate(receivedAt, version.TimeLimit, policy);
}
