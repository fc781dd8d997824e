using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

public class DueDateTests
{
    private static readonly WorkingCalendar Vietnam = WorkingCalendar.Vietnam;

    private static LocalDateTime EndOf(int year, int month, int day) => new LocalDate(year, month, day).At(LocalTime.MaxValue);

    [Fact]
    public void DueDate_WorkingDaysAcrossTet2024_SkipsTheBreak()
    {
        // Wednesday 7 Feb 2024, the day before the Tết break (off Thu 8 – Wed 14 Feb).
        var due = Vietnam.DueDate(new LocalDateTime(2024, 2, 7, 9, 0), TimeLimit.WorkingDays(3));
        Assert.Equal(EndOf(2024, 2, 19), due); // Thu 15, Fri 16, Mon 19
    }

    [Fact]
    public void DueDate_WorkingDaysAcrossTheMakeUpSaturday2024_CountsTheSaturday()
    {
        // Friday 26 Apr 2024: Sat 27, Sun 28 rest; Mon 29 swapped; Tue 30, Wed 1 holidays.
        var received = new LocalDateTime(2024, 4, 26, 10, 0);
        Assert.Equal(EndOf(2024, 5, 2), Vietnam.DueDate(received, TimeLimit.WorkingDays(1)));
        Assert.Equal(EndOf(2024, 5, 3), Vietnam.DueDate(received, TimeLimit.WorkingDays(2)));
        Assert.Equal(EndOf(2024, 5, 4), Vietnam.DueDate(received, TimeLimit.WorkingDays(3))); // make-up Saturday
        Assert.Equal(EndOf(2024, 5, 6), Vietnam.DueDate(received, TimeLimit.WorkingDays(4)));
    }

    [Fact]
    public void DueDate_ReceivedAtTheCutOff_CountsFromTheNextWorkingDay()
    {
        Assert.Equal(EndOf(2024, 3, 5), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 14, 59, 59), TimeLimit.WorkingDays(1)));
        Assert.Equal(EndOf(2024, 3, 6), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 15, 0), TimeLimit.WorkingDays(1)));
        Assert.Equal(new LocalDate(2024, 3, 5), Vietnam.EffectiveReceiptDate(new LocalDateTime(2024, 3, 4, 16, 30)));
        var noCutOff = DueDatePolicy.Default with { ReceiptCutOff = null };
        Assert.Equal(EndOf(2024, 3, 5), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 16, 30), TimeLimit.WorkingDays(1), noCutOff));
        var laterCutOff = DueDatePolicy.Default with { ReceiptCutOff = new LocalTime(16, 0) };
        Assert.Equal(EndOf(2024, 3, 5), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 15, 30), TimeLimit.WorkingDays(1), laterCutOff));
    }

    [Fact]
    public void DueDate_ReceivedOnSunday_CountsFromMonday()
    {
        Assert.Equal(new LocalDate(2024, 3, 4), Vietnam.EffectiveReceiptDate(new LocalDateTime(2024, 3, 3, 9, 0)));
        Assert.Equal(EndOf(2024, 3, 5), Vietnam.DueDate(new LocalDateTime(2024, 3, 3, 9, 0), TimeLimit.WorkingDays(1)));
        Assert.Equal(EndOf(2024, 3, 4), Vietnam.DueDate(new LocalDateTime(2024, 3, 3, 9, 0), TimeLimit.WorkingDays(0)));
    }

    [Fact]
    public void DueDate_ReceivedOnTheMakeUpSaturday_CountsThatDay()
    {
        Assert.Equal(new LocalDate(2025, 4, 26), Vietnam.EffectiveReceiptDate(new LocalDateTime(2025, 4, 26, 8, 0)));
        // Sat 26 Apr 2025 (make-up) + 1: Mon 28; + 2: Tue 29; + 3: Mon 5 May (30 Apr, 1 May holidays, 2 May swapped).
        Assert.Equal(EndOf(2025, 5, 5), Vietnam.DueDate(new LocalDateTime(2025, 4, 26, 8, 0), TimeLimit.WorkingDays(3)));
    }

    [Fact]
    public void DueDate_CalendarDaysEndingInTheTetBreak_MovesToTheNextWorkingDay()
    {
        // Civil Code 2015, Art. 148: Mon 5 Feb 2024 + 5 days = Sat 10 Feb, in the Tết break.
        Assert.Equal(EndOf(2024, 2, 15), Vietnam.DueDate(new LocalDateTime(2024, 2, 5, 9, 0), TimeLimit.Days(5)));
        // A working day stays.
        Assert.Equal(EndOf(2024, 3, 8), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 9, 0), TimeLimit.Days(4)));
    }

    [Fact]
    public void DueDate_Hours_CountOnlyOfficeTimeOnWorkingDays()
    {
        // Mon 4 Mar 2024 10:30: 1 h to 11:30, 3.5 h in the afternoon, then 3.5 h on Tuesday morning.
        Assert.Equal(new LocalDateTime(2024, 3, 5, 11, 0), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 10, 30), TimeLimit.Hours(8)));
        // A limit that runs out at the end of a session is due at that end, not the next morning.
        Assert.Equal(new LocalDateTime(2024, 3, 4, 11, 30), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 7, 30), TimeLimit.Hours(4)));
        // Received at lunch: counting starts at 13:30.
        Assert.Equal(new LocalDateTime(2024, 3, 4, 14, 30), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 12, 0), TimeLimit.Hours(1)));
        // Wed 7 Feb 2024 16:00: 1 h that day, then the Tết break, then 3 h from 07:30 on Thu 15 Feb.
        Assert.Equal(new LocalDateTime(2024, 2, 15, 10, 30), Vietnam.DueDate(new LocalDateTime(2024, 2, 7, 16, 0), TimeLimit.Hours(4)));
        // Zero hours: the receipt itself.
        Assert.Equal(new LocalDateTime(2024, 3, 3, 9, 0), Vietnam.DueDate(new LocalDateTime(2024, 3, 3, 9, 0), TimeLimit.Hours(0)));
    }

    [Fact]
    public void DueDate_CustomOfficeHours_AreUsed()
    {
        var policy = DueDatePolicy.Default with { OfficeHours = [new OfficeSession(new LocalTime(8, 0), new LocalTime(12, 0))] };
        Assert.Equal(new LocalDateTime(2024, 3, 5, 10, 0), Vietnam.DueDate(new LocalDateTime(2024, 3, 4, 10, 0), TimeLimit.Hours(4), policy));
        Assert.Equal(policy, DueDatePolicy.Default with { OfficeHours = [new OfficeSession(new LocalTime(8, 0), new LocalTime(12, 0))] });
        Assert.NotEqual(policy, DueDatePolicy.Default);
    }

    [Fact]
    public void DueDatePolicy_InvalidOfficeHours_Throw()
    {
        Assert.Throws<ArgumentException>(() => DueDatePolicy.Default with { OfficeHours = [] });
        Assert.Throws<ArgumentException>(() => DueDatePolicy.Default with
        {
            OfficeHours = [new OfficeSession(new LocalTime(13, 0), new LocalTime(17, 0)), new OfficeSession(new LocalTime(8, 0), new LocalTime(12, 0))],
        });
        Assert.Throws<ArgumentException>(() => DueDatePolicy.Default with { OfficeHours = [default] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficeSession(new LocalTime(12, 0), new LocalTime(8, 0)));
    }

    [Fact]
    public void TimeLimit_NegativeOrUnknown_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, (TimeLimitUnit)7));
        Assert.Equal("1 working day", TimeLimit.WorkingDays(1).ToString());
        Assert.Equal("30 days", TimeLimit.Days(30).ToString());
        Assert.Equal("8 hours", TimeLimit.Hours(8).ToString());
    }
}
