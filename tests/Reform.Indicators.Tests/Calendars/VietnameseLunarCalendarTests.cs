using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests.Calendars;

public class VietnameseLunarCalendarTests
{
    // Published Tết dates. 1985 and 2007 are years where Vietnam (UTC+7) and China (UTC+8)
    // differ: China's New Year was 20 Feb 1985 and 18 Feb 2007 (domain reference §7.3); the
    // same holds for 2030 (China 3 Feb) and 2053 (China 19 Feb), and 1968 (North Vietnam's
    // first Tết at UTC+7, 29 Jan; China 30 Jan).
    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1975, "1975-02-11")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2000, "2000-02-05")]
    [InlineData(2001, "2001-01-24")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2010, "2010-02-14")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    public void NewYear_PublishedYears_IsTheVietnameseTet(int year, string expected)
    {
        Assert.Equal(Date(expected), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1, false), VietnameseLunarCalendar.FromSolar(Date(expected)));
    }

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void LeapMonth_KnownLeapYears_IsTheRepeatedMonth(int year, int month)
    {
        Assert.Equal(month, VietnameseLunarCalendar.LeapMonth(year));
        Assert.Equal(13, VietnameseLunarCalendar.MonthsInYear(year));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void LeapMonth_CommonYears_IsNull(int year)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(year));
        Assert.Equal(12, VietnameseLunarCalendar.MonthsInYear(year));
    }

    // Domain reference §7.3: the 12th month before Tết has 30 days in 2023 and 2024, 29 in
    // 2022, 2025 and 2026 (so the last day before Tết is "30 Chạp" or "29 Chạp").
    [Theory]
    [InlineData(2021, 29)]
    [InlineData(2022, 30)]
    [InlineData(2023, 30)]
    [InlineData(2024, 29)]
    [InlineData(2025, 29)]
    public void MonthLength_TwelfthMonthBeforeTet_MatchesTheAlmanac(int lunarYear, int days) =>
        Assert.Equal(days, VietnameseLunarCalendar.MonthLength(lunarYear, 12, false));

    [Theory]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-23")]
    [InlineData(2030, "2030-04-12")]
    public void ToSolar_HungKings_IsTheScheduledDate(int year, string expected) =>
        Assert.Equal(Date(expected), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)));

    [Fact]
    public void ToSolar_LeapMonth_FollowsTheOrdinaryMonth()
    {
        var ordinary = VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 2, 1, false));
        var leap = VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 2, 1, true));
        var third = VietnameseLunarCalendar.ToSolar(new LunarDate(2023, 3, 1, false));
        Assert.Equal(ordinary.PlusDays(VietnameseLunarCalendar.MonthLength(2023, 2, false)), leap);
        Assert.Equal(leap.PlusDays(VietnameseLunarCalendar.MonthLength(2023, 2, true)), third);
    }

    [Fact]
    public void ToSolar_DayThirtyOfAShortMonth_ThrowsSayingTheLength()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 12, 30, false)));
        Assert.Contains("has 29 days", e.Message, StringComparison.Ordinal);
        Assert.Equal("date", e.ParamName);
    }

    [Theory]
    [InlineData(2024, 4, "has no leap month")]
    [InlineData(2023, 3, "the leap month of lunar year 2023 is month 2")]
    public void ToSolar_LeapFlagOnAnOrdinaryMonth_ThrowsSayingWhy(int year, int month, string reason)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(year, month, 1, true)));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1898, 1, 1)]
    [InlineData(2101, 1, 1)]
    [InlineData(2024, 13, 1)]
    [InlineData(2024, 0, 1)]
    [InlineData(2024, 1, 0)]
    public void ToSolar_OutOfRange_Throws(int year, int month, int day)
    {
        var date = new LunarDate(year, month, day, false);
        Assert.False(VietnameseLunarCalendar.IsValid(date));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(date));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void FromSolar_OutsideTheRange_ThrowsNamingTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinDate.PlusDays(-1)));
        Assert.Contains("1899", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxDate.PlusDays(1)));
        Assert.Equal(new LunarDate(1899, 1, 1, false), VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinDate));
        Assert.Equal(VietnameseLunarCalendar.NewYear(2100).PlusDays(VietnameseLunarCalendar.YearLength(2100) - 1), VietnameseLunarCalendar.MaxDate);
    }

    [Fact]
    public void FromSolar_NonIsoDate_IsConvertedFirst()
    {
        var iso = new LocalDate(2024, 2, 10);
        Assert.Equal(VietnameseLunarCalendar.FromSolar(iso), VietnameseLunarCalendar.FromSolar(iso.WithCalendar(CalendarSystem.Julian)));
    }

    [Fact]
    public void ToString_LeapMonth_IsMarked()
    {
        Assert.Equal("2024-01-01", new LunarDate(2024, 1, 1, false).ToString());
        Assert.Equal("2020-04L-15", new LunarDate(2020, 4, 15, true).ToString());
    }

    [Property]
    public bool ToSolar_ThenFromSolar_IsIdentity(LunarDate date) =>
        VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.ToSolar(date)) == date;

    [Property]
    public bool FromSolar_ThenToSolar_IsIdentity(LocalDate date) =>
        VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(date)) == date;

    [Property]
    public Property FromSolar_ConsecutiveDays_AreConsecutiveLunarDays(LocalDate date)
    {
        var today = VietnameseLunarCalendar.FromSolar(date);
        var tomorrow = VietnameseLunarCalendar.FromSolar(date.PlusDays(1));
        bool sameMonth = tomorrow == today with { Day = today.Day + 1 };
        bool newMonth = tomorrow.Day == 1
            && today.Day == VietnameseLunarCalendar.MonthLength(today.Year, today.Month, today.IsLeapMonth)
            && today < tomorrow;
        return (sameMonth ^ newMonth).Label($"{date}: {today} -> {tomorrow}");
    }

    [Fact]
    public void Calendar_EveryMonthAndYear_HasAValidLength()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int months = VietnameseLunarCalendar.MonthsInYear(year);
            Assert.True(months is 12 or 13, $"{year} has {months} months");
            Assert.Equal(months == 13, VietnameseLunarCalendar.LeapMonth(year) is not null);
            int days = 0;
            for (int month = 1; month <= 12; month++)
            {
                int length = VietnameseLunarCalendar.MonthLength(year, month, false);
                Assert.True(length is 29 or 30, $"{year}/{month} has {length} days");
                days += length;
            }
            if (VietnameseLunarCalendar.LeapMonth(year) is int leap)
            {
                int length = VietnameseLunarCalendar.MonthLength(year, leap, true);
                Assert.True(length is 29 or 30, $"{year}/{leap}L has {length} days");
                days += length;
            }
            Assert.Equal(VietnameseLunarCalendar.YearLength(year), days);
            Assert.Equal(VietnameseLunarCalendar.NewYear(year).PlusDays(days), year < VietnameseLunarCalendar.MaxYear
                ? VietnameseLunarCalendar.NewYear(year + 1)
                : VietnameseLunarCalendar.MaxDate.PlusDays(1));
            // Tết falls between 21 January and 20 February.
            var tet = VietnameseLunarCalendar.NewYear(year);
            Assert.InRange(tet, new LocalDate(year, 1, 21), new LocalDate(year, 2, 20));
        }
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
