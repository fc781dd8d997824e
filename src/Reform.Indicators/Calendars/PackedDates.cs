using System.Runtime.CompilerServices;
using NodaTime;

namespace Reform.Indicators.Calendars;

/// <summary>
/// A <see cref="LocalDate"/>'s year, month and day read from its 32-bit representation, for the
/// hot paths of <see cref="WorkingCalendar"/>: one shift gives the month's index instead of three
/// property decodes. NodaTime 3 packs a date as
/// <c>(year − 1) &lt;&lt; 17 | (month − 1) &lt;&lt; 12 | (day − 1) &lt;&lt; 6 | calendar ordinal</c>
/// (ISO = 0). That layout is not public, so it is checked once against the public properties on
/// every month of the calendar's range; when it does not hold (another NodaTime version),
/// <see cref="Available"/> is false and callers use the properties.
/// </summary>
internal static class PackedDates
{
    /// <summary>The bits of the calendar system's ordinal; 0 for ISO.</summary>
    internal const int CalendarMask = 0b11_1111;

    /// <summary>The shift that leaves (year − 1) × 32 + (month − 1).</summary>
    internal const int MonthKeyShift = 12;

    /// <summary>The shift of the day of the month from 0 (5 bits).</summary>
    internal const int DayShift = 6;

    /// <summary>Whether the layout above holds for the NodaTime in use.</summary>
    internal static readonly bool Available = Check();

    /// <summary>The 32 bits of <paramref name="date"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Raw(LocalDate date) => Unsafe.BitCast<LocalDate, int>(date);

    /// <summary>(year − 1) × 32 + (month − 1), the key the packed form gives with one shift.</summary>
    internal static int MonthKey(int year, int month) => ((year - 1) * 32) + month - 1;

    private static bool Check()
    {
        if (Unsafe.SizeOf<LocalDate>() != sizeof(int))
        {
            return false;
        }
        for (int year = 1899; year <= 2101; year++)
        {
            for (int month = 1; month <= 12; month++)
            {
                foreach (int day in new[] { 1, 15, CalendarSystem.Iso.GetDaysInMonth(year, month) })
                {
                    int raw = Raw(new LocalDate(year, month, day));
                    if ((raw & CalendarMask) != 0 || raw >> MonthKeyShift != MonthKey(year, month) || ((raw >> DayShift) & 31) != day - 1)
                    {
                        return false;
                    }
                }
            }
        }
        // Another calendar system must not look like ISO.
        return (Raw(new LocalDate(2024, 2, 10).WithCalendar(CalendarSystem.Julian)) & CalendarMask) != 0;
    }
}
