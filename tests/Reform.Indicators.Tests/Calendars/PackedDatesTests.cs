using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

/// <summary>The packed-date shortcut of the working calendar reads exactly what the public properties say.</summary>
public class PackedDatesTests
{
    [Fact]
    public void TheLayoutHolds_ForTheNodaTimeInUse()
    {
        // With the pinned NodaTime the fast path is the one the calendar tests exercise; a NodaTime
        // with another layout would turn it off (and this test would say so).
        Assert.True(PackedDates.Available);
    }

    [Property(MaxTest = 1000)]
    public void Raw_GivesTheMonthKeyAndDay_OfThePublicProperties(LocalDate date)
    {
        int raw = PackedDates.Raw(date);
        Assert.Equal(0, raw & PackedDates.CalendarMask);
        Assert.Equal(PackedDates.MonthKey(date.Year, date.Month), raw >> PackedDates.MonthKeyShift);
        Assert.Equal(date.Day - 1, (raw >> PackedDates.DayShift) & 31);
    }

    [Property(MaxTest = 300)]
    public void OtherCalendarSystems_AreNotTakenForIso(LocalDate date)
    {
        Assert.NotEqual(0, PackedDates.Raw(date.WithCalendar(CalendarSystem.Julian)) & PackedDates.CalendarMask);
        Assert.NotEqual(0, PackedDates.Raw(date.WithCalendar(CalendarSystem.Gregorian)) & PackedDates.CalendarMask);
    }
}
