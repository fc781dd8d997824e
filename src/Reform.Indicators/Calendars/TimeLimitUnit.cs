namespace Reform.Indicators.Calendars;

/// <summary>The unit of a statutory time limit (the procedures file's <c>time_limit_unit</c>).</summary>
public enum TimeLimitUnit
{
    /// <summary>Working days (<c>working_days</c>, ngày làm việc), counted on the <see cref="WorkingCalendar"/>.</summary>
    WorkingDays,

    /// <summary>Calendar days (<c>days</c>, ngày); a due date on a day off moves to the next working day (Civil Code 2015, Art. 148).</summary>
    Days,

    /// <summary>Hours (<c>hours</c>, giờ) of office time on working days (<see cref="DueDatePolicy.OfficeHours"/>).</summary>
    Hours,
}
