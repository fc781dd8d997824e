using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

/// <summary>The <see cref="DeadlineRule.WorkingHours"/> rule (docs/specification.md §10.4) against a minute-by-minute reference.</summary>
public class WorkingHoursProperties
{
    private static readonly DueDatePolicy Policy = DueDatePolicy.Default with { Rule = DeadlineRule.WorkingHours };

    // Around Tết 2024 (8–14 Feb), 2025 (25 Jan – 2 Feb) and 2026, and the make-up Saturdays and swaps of 2024–2025.
    private static readonly LocalDate[] Anchors =
    [
        new(2024, 2, 5), new(2024, 4, 25), new(2024, 8, 29), new(2025, 1, 22), new(2025, 4, 28), new(2025, 8, 28), new(2026, 2, 12),
    ];

    /// <summary>Minute by minute: count the minutes inside a session of a working day until the limit is used.</summary>
    private static LocalDateTime Reference(LocalDateTime receivedAt, int minutes)
    {
        var t = receivedAt;
        var sessions = Policy.WorkingSessions;
        while (minutes > 0)
        {
            var time = t.TimeOfDay;
            if (WorkingCalendar.Vietnam.IsWorkingDay(t.Date) && sessions.Any(s => s.Start <= time && time < s.End))
            {
                minutes--;
            }
            t = t.PlusMinutes(1);
        }
        return t;
    }

    [Property(MaxTest = 300)]
    public Property DueDate_AgreesWithCountingMinutes()
    {
        var gen = from anchor in Gen.Elements(Anchors)
                  from day in Gen.Choose(0, 14)
                  from minute in Gen.Choose(0, (24 * 60) - 1)
                  from inDays in Gen.Elements(true, false)
                  from value in Gen.Choose(0, inDays ? 6 : 30)
                  select (Received: anchor.PlusDays(day).At(LocalTime.Midnight).PlusMinutes(minute),
                          Limit: inDays ? TimeLimit.WorkingDays(value) : TimeLimit.Hours(value));
        return Prop.ForAll(gen.ToArbitrary(), pick =>
        {
            int minutes = pick.Limit.Value * (pick.Limit.Unit == TimeLimitUnit.WorkingDays ? 8 * 60 : 60);
            return WorkingCalendar.Vietnam.DueDate(pick.Received, pick.Limit, Policy) == Reference(pick.Received, minutes);
        });
    }

    [Fact]
    public void AReceiptAfterTheAfternoonSession_StartsTheNextMorning_AndAnHourEndingAtASessionEndIsDueThen()
    {
        // Friday 9 Feb 2024 is in the Tết break (8–14 Feb); received Wednesday 7 Feb at 17:30, 8 working hours:
        // the clock starts Thursday 15 Feb 07:00 and runs out at 17:00 that day.
        var due = WorkingCalendar.Vietnam.DueDate(new LocalDateTime(2024, 2, 7, 17, 30), TimeLimit.WorkingDays(1), Policy);
        Assert.Equal(new LocalDateTime(2024, 2, 15, 17, 0), due);
        // 10:30 + 1 hour = 11:30, the end of the morning session.
        Assert.Equal(new LocalDateTime(2024, 2, 6, 11, 30), WorkingCalendar.Vietnam.DueDate(new LocalDateTime(2024, 2, 6, 10, 30), TimeLimit.Hours(1), Policy));
    }

    [Fact]
    public void TheDefaultRule_IsStillEndOfDay_WithTheCutOff()
    {
        Assert.Equal(DeadlineRule.EndOfDay, DueDatePolicy.Default.Rule);
        Assert.Equal(VietnamTime.EndOf(new LocalDate(2024, 2, 16)),
            WorkingCalendar.Vietnam.DueDate(new LocalDateTime(2024, 2, 7, 15, 30), TimeLimit.WorkingDays(1)));
    }
}
