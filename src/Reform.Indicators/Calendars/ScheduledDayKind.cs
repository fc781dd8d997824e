namespace Reform.Indicators.Calendars;

/// <summary>How a <see cref="ScheduledDay"/> departs from the working week.</summary>
public enum ScheduledDayKind
{
    /// <summary>A public holiday (ngày lễ, Tết) of Labour Code 2019, Art. 112, on its own date: a day off.</summary>
    Holiday,

    /// <summary>
    /// A compensatory day off (nghỉ bù): a holiday fell on a weekly rest day, so the next working
    /// day is off (Labour Code 2019, Art. 111(3)).
    /// </summary>
    Compensatory,

    /// <summary>A working day given off by a swap approved by the Prime Minister (hoán đổi ngày làm việc), paid back by a <see cref="MakeUpWorkingDay"/>.</summary>
    Swapped,

    /// <summary>A Saturday (or other rest day) worked to make up for a swapped day (ngày làm bù): a working day.</summary>
    MakeUpWorkingDay,
}
