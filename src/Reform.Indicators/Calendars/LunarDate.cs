using System.Globalization;

namespace Reform.Indicators.Calendars;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch): a lunar year, a month from 1 to 12,
/// whether that month is the leap month (tháng nhuận), and a day from 1 to 29 or 30.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="LunarDate"/> is only a value: constructing one does not check it against the
/// calendar (whether month 4 of 2020 has a leap month, or whether a month has 30 days).
/// <see cref="VietnameseLunarCalendar.ToSolar(LunarDate)"/> checks it and says why it is
/// invalid. <see cref="VietnameseLunarCalendar.FromSolar(NodaTime.LocalDate)"/> only returns
/// valid dates.
/// </para>
/// <para>
/// <see cref="Year"/> is the lunar year, which starts at Tết (lunar 1/1), so lunar 12/29 of
/// 2022 is 20 January 2023. A leap month follows the ordinary month with the same number:
/// <c>(2020, 4, 1, true)</c> is the first day of the month after month 4 of 2020.
/// </para>
/// <para>
/// Equality compares the four components. Ordering is chronological for valid dates: by year,
/// then month, then the ordinary month before its leap month, then day; it is consistent with
/// equality.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// new LunarDate(2024, 1, 1, false).ToString(); // "2024-01-01"
/// new LunarDate(2020, 4, 15, true).ToString(); // "2020-04L-15" (the 15th of leap month 4)
/// </code>
/// </example>
/// <param name="Year">The lunar year (the solar year in which its Tết falls).</param>
/// <param name="Month">The month number, 1 to 12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">The day of the month, 1 to 29 or 30.</param>
/// <param name="IsLeapMonth">Whether the month is the leap month that follows month <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth) : IComparable<LunarDate>, IComparable
{
    /// <summary>Compares chronologically: year, month, ordinary before leap month, then day.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date is before, equal to or after <paramref name="other"/>.</returns>
    public int CompareTo(LunarDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }
        c = Month.CompareTo(other.Month);
        if (c != 0)
        {
            return c;
        }
        c = IsLeapMonth.CompareTo(other.IsLeapMonth);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <summary>Compares with another object; any <see cref="LunarDate"/> is after <see langword="null"/>.</summary>
    /// <param name="obj">A <see cref="LunarDate"/> or <see langword="null"/>.</param>
    /// <returns>As <see cref="CompareTo(LunarDate)"/>; 1 for <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="LunarDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        LunarDate other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a LunarDate with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> is before <paramref name="right"/>.</summary>
    public static bool operator <(LunarDate left, LunarDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(LunarDate left, LunarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is after <paramref name="right"/>.</summary>
    public static bool operator >(LunarDate left, LunarDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(LunarDate left, LunarDate right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The date as <c>yyyy-MM-dd</c> with an <c>L</c> after the month of a leap month:
    /// <c>2024-01-01</c>, <c>2020-04L-15</c>.
    /// </summary>
    /// <returns>The formatted date, independent of the current culture.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Year:D4}-{Month:D2}{(IsLeapMonth ? "L" : "")}-{Day:D2}");
}
