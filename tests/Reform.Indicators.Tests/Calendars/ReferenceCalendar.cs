using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

/// <summary>
/// A deliberately naive working calendar: a day is tested against the calendar's working week
/// and its published schedule (<see cref="WorkingCalendar.Schedule"/>), and the arithmetic walks
/// day by day. It shares no code with the tables it checks.
/// </summary>
public sealed class ReferenceCalendar(WorkingCalendar calendar)
{
    private readonly HashSet<IsoDayOfWeek> week = [.. calendar.WorkingWeek];
    private readonly Dictionary<int, Dictionary<LocalDate, bool>> years = [];

    public bool IsWorkingDay(LocalDate date)
    {
        if (!years.TryGetValue(date.Year, out var schedule))
        {
            schedule = calendar.Schedule(date.Year).ToDictionary(d => d.Date, d => !d.IsDayOff);
            years[date.Year] = schedule;
        }
        return schedule.TryGetValue(date, out bool working) ? working : week.Contains(date.DayOfWeek);
    }

    /// <summary>The result of AddWorkingDays, or null when the walk leaves 1900–2100.</summary>
    public LocalDate? AddWorkingDays(LocalDate date, int days)
    {
        int step = Math.Sign(days);
        var current = date;
        for (int left = Math.Abs(days); left > 0;)
        {
            current = current.PlusDays(step);
            if (current < WorkingCalendar.MinDate || current > WorkingCalendar.MaxDate)
            {
                return null;
            }
            if (IsWorkingDay(current))
            {
                left--;
            }
        }
        return current;
    }

    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        int count = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            count += IsWorkingDay(d) ? 1 : 0;
        }
        return sign * count;
    }
}
