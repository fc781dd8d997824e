namespace Reform.Indicators.Calendars;

/// <summary>How well a <see cref="ScheduledDay"/> is established.</summary>
public enum ScheduleConfidence
{
    /// <summary>Confirmed in an official notice, or in news reporting one (the source names it).</summary>
    Source,

    /// <summary>In an official schedule as believed, but not confirmed from a source.</summary>
    Unconfirmed,

    /// <summary>
    /// Derived from the Labour Code 2019 rules for a year that has an official schedule: a
    /// holiday on a weekend (the official schedules list only weekdays), or a day the schedule
    /// was not found for.
    /// </summary>
    Rule,

    /// <summary>Generated from the Labour Code 2019 rules for a year without an official schedule; the Government may set other days.</summary>
    Estimated,
}
