using System.Runtime.CompilerServices;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Data;

/// <summary>
/// Parses the timestamp shapes that exports use most (<c>2023-01-16</c>, <c>2023-01-16T09:30</c>,
/// <c>2023-01-16T09:30:15</c>, a space for <c>T</c>) straight from characters, and hands every
/// other text to <c>VietnamTime.TryParse</c>, where the accepted forms are defined.
/// </summary>
/// <remarks>
/// Accepts exactly what <c>VietnamTime.TryParse</c> accepts, with the same value: a text of
/// one of the shapes above whose numbers are out of range (month 13, 30 February, hour 24, year 0)
/// is passed on to it too, so it alone says no.
/// </remarks>
internal static class FastTimestamps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse(ReadOnlySpan<char> text, DateOrder order, out LocalDateTime value, out bool dateOnly)
    {
        if (text.Length is 10 or 16 or 19 && TryParseIso(text, out value, out dateOnly))
        {
            return true;
        }
        return VietnamTime.TryParse(text, order, out value, out dateOnly);
    }

    private static bool TryParseIso(ReadOnlySpan<char> s, out LocalDateTime value, out bool dateOnly)
    {
        value = default;
        dateOnly = false;
        // yyyy-MM-dd
        if (s[4] != '-' || s[7] != '-')
        {
            return false;
        }
        int y0 = s[0] - '0', y1 = s[1] - '0', y2 = s[2] - '0', y3 = s[3] - '0', m0 = s[5] - '0', m1 = s[6] - '0', d0 = s[8] - '0', d1 = s[9] - '0';
        if ((uint)y0 > 9 || (uint)y1 > 9 || (uint)y2 > 9 || (uint)y3 > 9 || (uint)m0 > 9 || (uint)m1 > 9 || (uint)d0 > 9 || (uint)d1 > 9)
        {
            return false;
        }
        int year = (y0 * 1000) + (y1 * 100) + (y2 * 10) + y3, month = (m0 * 10) + m1, day = (d0 * 10) + d1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }
        if (s.Length == 10)
        {
            value = new LocalDateTime(year, month, day, 0, 0);
            dateOnly = true;
            return true;
        }
        // THH:mm[:ss]
        if (s[10] is not ('T' or ' ') || s[13] != ':')
        {
            return false;
        }
        int h0 = s[11] - '0', h1 = s[12] - '0', n0 = s[14] - '0', n1 = s[15] - '0';
        int s0 = 0, s1 = 0;
        if (s.Length == 19)
        {
            if (s[16] != ':')
            {
                return false;
            }
            s0 = s[17] - '0';
            s1 = s[18] - '0';
        }
        if ((uint)h0 > 9 || (uint)h1 > 9 || (uint)n0 > 9 || (uint)n1 > 9 || (uint)s0 > 9 || (uint)s1 > 9)
        {
            return false;
        }
        int hour = (h0 * 10) + h1, minute = (n0 * 10) + n1, second = (s0 * 10) + s1;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new LocalDateTime(year, month, day, hour, minute, second);
        return true;
    }

    private static int DaysInMonth(int year, int month) => month == 2
        ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
        : 30 + ((month + (month >> 3)) & 1);
}
