using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Engines.Sql;

/// <summary>
/// The rows of the reference relations of <see cref="DossierSql"/>, owned by the library and sent
/// with each query (arrays or temporary tables; never a user's table): the working calendar over
/// its whole range, the procedures' statutory limits and the periods.
/// </summary>
internal sealed class ReferenceData
{
    private ReferenceData(LocalDate[] dates, bool[] working, int[] before, string[] codes, int[] kinds, int[] values)
    {
        Dates = dates;
        Working = working;
        WorkingBefore = before;
        ProcedureCodes = codes;
        ProcedureKinds = kinds;
        ProcedureValues = values;
    }

    /// <summary>Every date of the calendar, <see cref="WorkingCalendar.MinDate"/> to <see cref="WorkingCalendar.MaxDate"/>.</summary>
    public LocalDate[] Dates { get; }

    /// <summary>Whether each date is a working day.</summary>
    public bool[] Working { get; }

    /// <summary>How many working days of the calendar come before each date: the number of the date when it is one (from 0).</summary>
    public int[] WorkingBefore { get; }

    /// <summary>The procedures' codes.</summary>
    public string[] ProcedureCodes { get; }

    /// <summary>Each procedure's unit of limit: 0 working days, 1 days, 2 hours.</summary>
    public int[] ProcedureKinds { get; }

    /// <summary>Each procedure's limit.</summary>
    public int[] ProcedureValues { get; }

    /// <summary>The rows for <paramref name="calendar"/> and <paramref name="procedures"/> (none: every row needs <c>due_at</c>).</summary>
    public static ReferenceData Of(WorkingCalendar calendar, ProcedureCatalogue? procedures)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int days = Period.DaysBetween(WorkingCalendar.MinDate, WorkingCalendar.MaxDate) + 1;
        var dates = new LocalDate[days];
        var working = new bool[days];
        var before = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++)
        {
            var date = WorkingCalendar.MinDate.PlusDays(i);
            dates[i] = date;
            working[i] = calendar.IsWorkingDay(date);
            before[i] = count;
            count += working[i] ? 1 : 0;
        }
        var list = procedures?.Procedures ?? [];
        return new ReferenceData(dates, working, before,
            [.. list.Select(p => p.Code)],
            [.. list.Select(p => p.TimeLimit.Unit switch { TimeLimitUnit.WorkingDays => 0, TimeLimitUnit.Days => 1, _ => 2 })],
            [.. list.Select(p => p.TimeLimit.Value)]);
    }

    /// <summary>The periods numbered from 1 in the order given, with their first and last dates and their end (the last microsecond of the last date).</summary>
    public static (int[] Numbers, LocalDate[] First, LocalDate[] Last, LocalDateTime[] End) Periods(IReadOnlyList<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("Give at least one period.", nameof(periods));
        }
        // Period 0 (every row once, for the rows read and accepted) matches on its number alone.
        var numbers = new int[periods.Count + 1];
        var first = new LocalDate[periods.Count + 1];
        var last = new LocalDate[periods.Count + 1];
        var end = new LocalDateTime[periods.Count + 1];
        first[0] = last[0] = WorkingCalendar.MinDate;
        end[0] = WorkingCalendar.MinDate.AtMidnight();
        for (int p = 0; p < periods.Count; p++)
        {
            var period = periods[p] ?? throw new ArgumentException("A period is null.", nameof(periods));
            numbers[p + 1] = p + 1;
            first[p + 1] = period.First;
            last[p + 1] = period.Last;
            end[p + 1] = period.Last.PlusDays(1).AtMidnight().PlusTicks(-TimeSpan.TicksPerMicrosecond);
        }
        return (numbers, first, last, end);
    }
}
