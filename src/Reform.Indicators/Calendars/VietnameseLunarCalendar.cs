using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Calendars;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for Vietnam's civil time
/// zone, UTC+7: conversions between solar (ISO) dates and <see cref="LunarDate"/>s, Tết, month
/// lengths and leap months, for the lunar years <see cref="MinYear"/> to <see cref="MaxYear"/>.
/// </summary>
/// <remarks>
/// <para>
/// The rules: a month starts on the day (in UTC+7) of a new moon. Month 11 is the month that
/// contains the December (winter) solstice. When 13 new moons start months between one month 11
/// and the next, the first of those months after month 11 that contains no major solar term
/// (a multiple of 30° of the Sun's longitude) is a leap month and repeats the number of the
/// month before it. Astronomy: J. Meeus, <em>Astronomical Algorithms</em> (see the source of
/// the internal <c>Astronomy</c> class); a solar term is counted in the month of the UTC+7 day
/// on which it falls.
/// </para>
/// <para>
/// It is not .NET's Chinese lunisolar calendar (in <c>System.Globalization</c>), which is
/// computed for UTC+8 and differs in some years: Tết 1985 is 21 January in Vietnam and
/// 20 February in China, Tết 2007 is 17 February in Vietnam and 18 February in China.
/// </para>
/// <para>
/// The calendar is proleptic: it applies UTC+7 to every year. Before 1968 (North) and 1975
/// (South) Vietnam's almanacs followed UTC+8, so for a few early years (1903, 1935, 1965) the
/// historical Tết differs from this calendar's.
/// </para>
/// <para>
/// All months of the range are computed once, when the type is first used (about 2,500 months,
/// a few milliseconds); each conversion after that is O(1) and does not allocate.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// VietnameseLunarCalendar.NewYear(2007);                        // 2007-02-17
/// VietnameseLunarCalendar.FromSolar(new LocalDate(2024, 4, 18)); // 2024-03-10 (Hùng Kings)
/// VietnameseLunarCalendar.LeapMonth(2023);                      // 2
/// </code>
/// </example>
public static class VietnameseLunarCalendar
{
    private const double SynodicMonth = 29.530588853;
    private const int TimeZoneHours = 7;

    /// <summary>The first supported lunar year.</summary>
    public static int MinYear => 1899;

    /// <summary>The last supported lunar year.</summary>
    public static int MaxYear => 2100;

    /// <summary>The first supported solar date: Tết of <see cref="MinYear"/> (1899-02-10).</summary>
    public static LocalDate MinDate { get; }

    /// <summary>The last supported solar date: the last day of lunar year <see cref="MaxYear"/>.</summary>
    public static LocalDate MaxDate { get; }

    // Month i of the supported range starts on day number MonthStarts[i] and ends the day before
    // MonthStarts[i + 1]; the last element is the start of lunar year MaxYear + 1.
    private static readonly int[] MonthStarts;

    // For month i: the lunar year in the high bits, the month number in bits 1..4, the leap flag in bit 0.
    private static readonly int[] MonthLabels;

    // The index into MonthStarts of month 1 of each year MinYear..MaxYear + 1.
    private static readonly int[] YearFirstMonth;

    // The leap month of each year (0 when none).
    private static readonly byte[] YearLeapMonth;

#pragma warning disable CA1810 // The tables are built together in one pass; a static constructor says so.
    static VietnameseLunarCalendar()
#pragma warning restore CA1810
    {
        var table = LunarMonthTable.Build(MinYear, MaxYear, TimeZoneHours);
        MonthStarts = table.Starts;
        MonthLabels = table.Labels;
        int years = MaxYear - MinYear + 1;
        YearFirstMonth = new int[years + 1];
        YearLeapMonth = new byte[years];
        for (int i = 0; i < MonthLabels.Length; i++)
        {
            var (year, month, leap) = Unpack(MonthLabels[i]);
            if (month == 1 && !leap)
            {
                YearFirstMonth[year - MinYear] = i;
            }
            if (leap)
            {
                YearLeapMonth[year - MinYear] = (byte)month;
            }
        }
        YearFirstMonth[years] = MonthLabels.Length;
        MinDate = DayNumber.ToDate(MonthStarts[0]);
        MaxDate = DayNumber.ToDate(MonthStarts[^1] - 1);
    }

    /// <summary>Converts a solar (ISO) date to its lunar date.</summary>
    /// <param name="date">A date from <see cref="MinDate"/> to <see cref="MaxDate"/>; a date in another calendar system is converted to ISO first.</param>
    /// <returns>The lunar date, always valid.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static LunarDate FromSolar(LocalDate date)
    {
        int day = DayNumber.Of(ToIso(date));
        int index = MonthIndexOf(day, date);
        var (year, month, leap) = Unpack(MonthLabels[index]);
        return new LunarDate(year, month, day - MonthStarts[index] + 1, leap);
    }

    /// <summary>Converts a lunar date to its solar (ISO) date.</summary>
    /// <param name="date">A valid lunar date of the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The ISO date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is outside the supported range, the month is not 1 to 12, the leap flag is set on
    /// a month that is not the year's leap month, or the day is not within the month's 29 or 30 days.
    /// </exception>
    public static LocalDate ToSolar(LunarDate date)
    {
        int index = MonthIndex(date.Year, date.Month, date.IsLeapMonth, nameof(date));
        int length = MonthStarts[index + 1] - MonthStarts[index];
        if (date.Day < 1 || date.Day > length)
        {
            Preconditions.ThrowOutOfRange(
                date,
                $"Day {date.Day} does not exist: lunar month {MonthName(date.Month, date.IsLeapMonth)} of {date.Year} has {length} days.",
                nameof(date));
        }
        return DayNumber.ToDate(MonthStarts[index] + date.Day - 1);
    }

    /// <summary>Tết Nguyên Đán: the solar date of lunar 1/1 of <paramref name="year"/>.</summary>
    /// <param name="year">A lunar year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The ISO date of the first day of the lunar year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static LocalDate NewYear(int year)
    {
        CheckYear(year, nameof(year));
        return DayNumber.ToDate(MonthStarts[YearFirstMonth[year - MinYear]]);
    }

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    /// <param name="year">A lunar year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month number, 1 to 12.</param>
    /// <param name="isLeapMonth">Whether the month is the leap month that follows <paramref name="month"/>.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range, or the year has no such leap month.</exception>
    public static int MonthLength(int year, int month, bool isLeapMonth)
    {
        int index = MonthIndex(year, month, isLeapMonth, nameof(month));
        return MonthStarts[index + 1] - MonthStarts[index];
    }

    /// <summary>The leap month of a lunar year: the number of the month it repeats, or <see langword="null"/> when the year has none.</summary>
    /// <param name="year">A lunar year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>1 to 12, or <see langword="null"/> for a year of 12 months.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int? LeapMonth(int year)
    {
        CheckYear(year, nameof(year));
        int leap = YearLeapMonth[year - MinYear];
        return leap == 0 ? null : leap;
    }

    /// <summary>The number of months (12, or 13 with a leap month) of a lunar year.</summary>
    /// <param name="year">A lunar year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>12 or 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int MonthsInYear(int year)
    {
        CheckYear(year, nameof(year));
        return YearFirstMonth[year - MinYear + 1] - YearFirstMonth[year - MinYear];
    }

    /// <summary>The number of days (353 to 385) of a lunar year.</summary>
    /// <param name="year">A lunar year from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The days from Tết of <paramref name="year"/> to the day before the next Tết, inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int YearLength(int year)
    {
        CheckYear(year, nameof(year));
        return MonthStarts[YearFirstMonth[year - MinYear + 1]] - MonthStarts[YearFirstMonth[year - MinYear]];
    }

    /// <summary>Whether a lunar date exists in the calendar (and is within the supported years).</summary>
    /// <param name="date">Any lunar date.</param>
    /// <returns><see langword="true"/> exactly when <see cref="ToSolar(LunarDate)"/> would not throw.</returns>
    public static bool IsValid(LunarDate date)
    {
        if (date.Year < MinYear || date.Year > MaxYear || date.Month < 1 || date.Month > 12 || date.Day < 1)
        {
            return false;
        }
        if (date.IsLeapMonth && YearLeapMonth[date.Year - MinYear] != date.Month)
        {
            return false;
        }
        return date.Day <= MonthLength(date.Year, date.Month, date.IsLeapMonth);
    }

    /// <summary>The index of the month that contains a day number; <paramref name="date"/> is for the message.</summary>
    private static int MonthIndexOf(int day, LocalDate date)
    {
        if (day < MonthStarts[0] || day >= MonthStarts[^1])
        {
            Preconditions.ThrowOutOfRange(
                date,
                $"The Vietnamese lunar calendar supports the dates {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd} (lunar years {MinYear} to {MaxYear}); {date:uuuu-MM-dd} is outside.",
                nameof(date));
        }
        // Months are 29 or 30 days long, so the estimate is at most one month off.
        int index = Math.Min((int)((day - MonthStarts[0]) / SynodicMonth), MonthStarts.Length - 2);
        while (MonthStarts[index] > day)
        {
            index--;
        }
        while (MonthStarts[index + 1] <= day)
        {
            index++;
        }
        return index;
    }

    private static int MonthIndex(int year, int month, bool isLeapMonth, string paramName)
    {
        CheckYear(year, paramName);
        if (month < 1 || month > 12)
        {
            Preconditions.ThrowOutOfRange(month, $"A lunar month is numbered 1 to 12; it was {month}.", paramName);
        }
        int leap = YearLeapMonth[year - MinYear];
        if (isLeapMonth && leap != month)
        {
            string reason = leap == 0
                ? $"lunar year {year} has no leap month"
                : $"the leap month of lunar year {year} is month {leap}";
            Preconditions.ThrowOutOfRange(month, $"Month {month} of {year} is not a leap month: {reason}.", paramName);
        }
        int index = YearFirstMonth[year - MinYear] + month - 1;
        return leap != 0 && (month > leap || isLeapMonth) ? index + 1 : index;
    }

    private static void CheckYear(int year, string paramName)
    {
        if (year < MinYear || year > MaxYear)
        {
            Preconditions.ThrowOutOfRange(
                year,
                $"The Vietnamese lunar calendar supports the lunar years {MinYear} to {MaxYear}; it was {year}.",
                paramName);
        }
    }

    private static string MonthName(int month, bool isLeapMonth) => isLeapMonth ? $"{month} (leap)" : $"{month}";

    private static LocalDate ToIso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    internal static int Pack(int year, int month, bool leap) => (year << 5) | (month << 1) | (leap ? 1 : 0);

    internal static (int Year, int Month, bool Leap) Unpack(int label) => (label >> 5, (label >> 1) & 0xF, (label & 1) != 0);
}
