using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Tests;

/// <summary>Generators for the calendar: dates across 1900–2100, valid lunar dates, day counts.</summary>
public static partial class Generators
{
    /// <summary>The first date of the working calendars' range.</summary>
    public static readonly LocalDate FirstSolarDate = new(1900, 1, 1);

    /// <summary>The last date of the working calendars' range.</summary>
    public static readonly LocalDate LastSolarDate = new(2100, 12, 31);

    private static readonly LocalDate ShrinkTarget = new(2000, 1, 3);

    /// <summary>Any date from 1900-01-01 to 2100-12-31, uniformly over days (not size-bounded).</summary>
    public static Gen<LocalDate> SolarDate { get; } =
        Gen.Choose(0, Period.DaysBetween(FirstSolarDate, LastSolarDate)).Select(FirstSolarDate.PlusDays);

    /// <summary>Dates, 1900–2100; shrink towards 2000-01-03.</summary>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(SolarDate, ShrinkDate);

    /// <summary>Valid lunar dates of every supported lunar year (1899–2100), leap months included.</summary>
    public static Arbitrary<LunarDate> LunarDate() => Arb.From(
        from year in Gen.Choose(VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear)
        from ordinal in Gen.Choose(1, VietnameseLunarCalendar.MonthsInYear(year))
        let leap = VietnameseLunarCalendar.LeapMonth(year)
        let month = leap is int l && ordinal > l ? ordinal - 1 : ordinal
        let isLeap = leap is int m && ordinal == m + 1
        from day in Gen.Choose(1, VietnameseLunarCalendar.MonthLength(year, month, isLeap))
        select new LunarDate(year, month, day, isLeap));

    /// <summary>A number of working days: small ones often, up to about four years either way.</summary>
    public static Gen<int> WorkingDayCount { get; } = Gen.Frequency(
        (3, Gen.Choose(-10, 10)),
        (2, Gen.Choose(-300, 300)),
        (1, Gen.Choose(-1000, 1000)));

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate date)
    {
        if (date == ShrinkTarget)
        {
            yield break;
        }
        yield return ShrinkTarget;
        yield return ShrinkTarget.PlusDays(Period.DaysBetween(ShrinkTarget, date) / 2);
    }
}
