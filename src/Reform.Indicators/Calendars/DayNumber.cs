using System.Runtime.CompilerServices;
using NodaTime;

namespace Reform.Indicators.Calendars;

/// <summary>
/// Dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), the index
/// the calendar tables use.
/// </summary>
/// <remarks>
/// The arithmetic is the "days from civil" algorithm (H. Hinnant, <c>chrono</c>-compatible
/// low-level date algorithms): a few integer operations, no table and no allocation, so the
/// hot paths of <see cref="WorkingCalendar"/> can index arrays directly.
/// </remarks>
internal static class DayNumber
{
    /// <summary>The Julian day number of 1970-01-01 (the day that starts at noon UTC on that date).</summary>
    internal const int UnixEpochJulianDay = 2_440_588;

    /// <summary>The day number of an ISO date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Of(LocalDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The day number of a proleptic Gregorian year, month and day (year 0 to 9999).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Of(int year, int month, int day)
    {
        // Shift the year to start on 1 March so that the leap day is the last day of the year.
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    /// <summary>The ISO date of a day number.</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        int z = dayNumber + 719_468;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int dayOfEra = z - (era * 146_097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        int day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    /// <summary>The ISO day of the week of a day number (1970-01-01 was a Thursday).</summary>
    internal static IsoDayOfWeek DayOfWeek(int dayNumber)
    {
        int offset = ((dayNumber % 7) + 7 + 3) % 7; // 0 = Monday
        return (IsoDayOfWeek)(offset + 1);
    }
}
