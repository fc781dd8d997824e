using NodaTime;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using Reform.Indicators.Units;

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

    /// <summary>The rows for <paramref name="calendar"/> over its whole range and <paramref name="procedures"/> (none: every row needs <c>due_at</c>).</summary>
    public static ReferenceData Of(WorkingCalendar calendar, ProcedureCatalogue? procedures) =>
        Of(calendar, procedures, WorkingCalendar.MinDate, WorkingCalendar.MaxDate);

    /// <summary>
    /// The rows for the receipts from <paramref name="firstReceipt"/> to <paramref name="lastReceipt"/>: the
    /// calendar from the first receipt to past the last deadline any procedure can give from the last receipt
    /// (<see cref="Horizon"/>), within the calendar's range. The query only looks dates up relative to a
    /// receipt, so a shorter calendar gives the same deadlines; a deadline beyond the calendar's range is
    /// none, in every engine.
    /// </summary>
    public static ReferenceData Of(WorkingCalendar calendar, ProcedureCatalogue? procedures, LocalDate firstReceipt, LocalDate lastReceipt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var start = LocalDate.Max(WorkingCalendar.MinDate, LocalDate.Min(firstReceipt, WorkingCalendar.MaxDate));
        var stop = Period.DaysBetween(lastReceipt, WorkingCalendar.MaxDate) <= Horizon(procedures) ? WorkingCalendar.MaxDate : lastReceipt.PlusDays(Horizon(procedures));
        stop = LocalDate.Max(start, stop);
        int days = Period.DaysBetween(start, stop) + 1;
        var dates = new LocalDate[days];
        var working = new bool[days];
        var before = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++)
        {
            var date = start.PlusDays(i);
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

    /// <summary>
    /// How many days after a receipt the calendar must reach for every procedure's deadline: a limit in
    /// days, in working days (at least one working day in every seven days, and Tết's longest break of
    /// eleven days counted generously) or in office hours (7.5 a working day), plus a margin of a year.
    /// </summary>
    internal static int Horizon(ProcedureCatalogue? procedures)
    {
        long longest = 0;
        foreach (var p in procedures?.Procedures ?? [])
        {
            long value = p.TimeLimit.Value;
            longest = Math.Max(longest, p.TimeLimit.Unit switch
            {
                TimeLimitUnit.Days => value,
                TimeLimitUnit.WorkingDays => (value * 7) + 30,
                _ => (value * 7 / 5) + 30,
            });
        }
        return (int)Math.Min(longest + 366, 1_000_000);
    }

    /// <summary>
    /// The spans of days over which each procedure version's online level is one (docs/specification.md §10.3,
    /// §10.5): code, first and last day (both inclusive; an open end as 0001-01-01 or 9999-12-31) and whether the
    /// level is full; a span starts at a version's start or at a change of its level, and the level of a span is
    /// <see cref="AdministrativeProcedure.OnlineLevelOn"/> at its start — the level the record path takes on any of
    /// its days. Spans of a code never overlap. None without procedures.
    /// </summary>
    public static (string[] Codes, LocalDate[] From, LocalDate[] To, bool[] Full) Levels(ProcedureCatalogue? procedures)
    {
        var codes = new List<string>();
        var from = new List<LocalDate>();
        var to = new List<LocalDate>();
        var full = new List<bool>();
        foreach (var version in procedures?.Versions ?? [])
        {
            var first = version.ValidFrom ?? new LocalDate(1, 1, 1);
            var last = version.ValidTo ?? new LocalDate(9999, 12, 31);
            var starts = version.OnlineLevels.Select(l => l.Since).Where(d => d > first && d <= last).Distinct().Order().Prepend(first).ToList();
            for (int i = 0; i < starts.Count; i++)
            {
                codes.Add(version.Code);
                from.Add(starts[i]);
                to.Add(i + 1 < starts.Count ? starts[i + 1].PlusDays(-1) : last);
                full.Add(version.OnlineLevelOn(starts[i]) == OnlineServiceLevel.Full);
            }
        }
        return ([.. codes], [.. from], [.. to], [.. full]);
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

    /// <summary>
    /// The unit versions of <paramref name="units"/>: code, first and last day of validity (both
    /// inclusive; an open end as 0001-01-01 or 9999-12-31), for the check that a row's unit is valid
    /// on its receipt date (docs/specification.md §10.1).
    /// </summary>
    public static (string[] Codes, LocalDate[] From, LocalDate[] To) Units(UnitRegistry units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.Units;
        return ([.. list.Select(u => u.Code)],
            [.. list.Select(u => u.ValidFrom ?? new LocalDate(1, 1, 1))],
            [.. list.Select(u => u.ValidTo ?? new LocalDate(9999, 12, 31))]);
    }
}
