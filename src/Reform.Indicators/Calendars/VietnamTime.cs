using NodaTime;

namespace Reform.Indicators.Calendars;

/// <summary>
/// Vietnam civil time (UTC+7, no daylight saving) and the timestamp forms that exports use.
/// </summary>
/// <remarks>
/// <para>Accepted forms (docs/specification.md §1 and §3), with surrounding spaces ignored:</para>
/// <list type="bullet">
/// <item>ISO 8601: <c>2023-01-16</c>, <c>2023-01-16T09:30</c>, <c>2023-01-16T09:30:15</c>,
/// optional fractional seconds (<c>09:30:15.250</c>), a space instead of <c>T</c>, and an optional
/// offset <c>Z</c>, <c>+07:00</c>, <c>+0700</c> or <c>+07</c>. A timestamp with an offset is
/// converted to UTC+7.</item>
/// <item>Vietnamese: <c>16/01/2023</c>, <c>16/01/2023 09:30</c>, <c>16/01/2023 09:30:15</c>
/// (day first; one-digit day and month accepted; month first when the reader is told
/// <see cref="DateOrder.MonthDayYear"/>).</item>
/// <item>The national portal's (docs/specification.md §9): <c>20230116093015</c> (14 digits,
/// <c>yyyyMMddHHmmss</c>) and <c>20230116</c> (8 digits, a date).</item>
/// </list>
/// <para>A date without a time parses to midnight; readers that must know whether a time was
/// given (a due value given as a date means the end of that date) use the dataset readers of
/// <c>Reform.Indicators.Data</c> or <c>DossierValidator</c>, which apply that rule.</para>
/// </remarks>
public static class VietnamTime
{
    /// <summary>Vietnam's offset from UTC: +07:00, all year.</summary>
    public static Offset Offset { get; } = Offset.FromHours(7);

    /// <summary>The last instant of <paramref name="date"/> in civil time (23:59:59.999999999).</summary>
    /// <remarks>Every timestamp on that date is at or before it; "end of a date" in the specification.</remarks>
    public static LocalDateTime EndOf(LocalDate date) => date.At(LocalTime.MaxValue);

    /// <summary>Parses a timestamp in one of the accepted forms, slash dates day first.</summary>
    /// <param name="text">The text, trimmed of spaces.</param>
    /// <param name="value">The civil date-time in UTC+7 (midnight for a date without a time).</param>
    /// <returns>Whether the text was a valid timestamp; an empty text is not.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDateTime value) => TryParse(text, DateOrder.DayMonthYear, out value, out _);

    /// <summary>Parses a timestamp, saying whether it had a time part (the readers' form).</summary>
    /// <param name="text">The text, trimmed of spaces.</param>
    /// <param name="order">How to read slash dates (<c>16/01/2023</c> or <c>01/16/2023</c>).</param>
    /// <param name="value">The civil date-time in UTC+7 (midnight for a date without a time).</param>
    /// <param name="dateOnly">Whether the text had no time part.</param>
    internal static bool TryParse(ReadOnlySpan<char> text, DateOrder order, out LocalDateTime value, out bool dateOnly)
    {
        value = default;
        dateOnly = false;
        text = text.Trim(' ');
        if (text.Length < 8)
        {
            return false;
        }
        int position;
        int year, month, day;
        if (text.Length is 8 or 14 && IsAllDigits(text))
        {
            // The portal's yyyyMMdd and yyyyMMddHHmmss.
            return TryParseDigits(text, out value, out dateOnly);
        }
        if (text[4] == '-')
        {
            // ISO: yyyy-MM-dd
            if (text.Length < 10 || !Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || text[7] != '-' || !Digits(text, 8, 2, out day))
            {
                return false;
            }
            position = 10;
        }
        else
        {
            // Vietnamese: d/M/yyyy with one or two digits for day and month.
            position = 0;
            if (!Number(text, ref position, 1, 2, out day) || !Expect(text, ref position, '/')
                || !Number(text, ref position, 1, 2, out month) || !Expect(text, ref position, '/')
                || !Number(text, ref position, 4, 4, out year))
            {
                return false;
            }
            if (order == DateOrder.MonthDayYear)
            {
                (day, month) = (month, day);
            }
        }
        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        var date = new LocalDate(year, month, day);
        if (position == text.Length)
        {
            value = date.AtMidnight();
            dateOnly = true;
            return true;
        }
        if (text[position] is not ('T' or ' '))
        {
            return false;
        }
        position++;
        if (!Number(text, ref position, 1, 2, out int hour) || !Expect(text, ref position, ':') || !Number(text, ref position, 2, 2, out int minute))
        {
            return false;
        }
        int second = 0;
        long nanoseconds = 0;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!Number(text, ref position, 2, 2, out second))
            {
                return false;
            }
            if (position < text.Length && text[position] is '.' or ',')
            {
                position++;
                int start = position;
                long scale = NodaConstants.NanosecondsPerSecond;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    if (position - start < 9)
                    {
                        scale /= 10;
                        nanoseconds += (text[position] - '0') * scale;
                    }
                    position++;
                }
                if (position == start)
                {
                    return false;
                }
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        var local = date.At(new LocalTime(hour, minute, second).PlusNanoseconds(nanoseconds));
        if (position == text.Length)
        {
            value = local;
            return true;
        }
        if (!TryParseOffset(text[position..], out Offset offset))
        {
            return false;
        }
        value = local.WithOffset(offset).WithOffset(Offset).LocalDateTime;
        return true;
    }

    /// <summary>Parses a timestamp as <see cref="TryParse(ReadOnlySpan{char}, out LocalDateTime)"/> does, or throws.</summary>
    /// <exception cref="FormatException">The text is not a timestamp in an accepted form.</exception>
    public static LocalDateTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a timestamp: expected 2023-01-16, 2023-01-16T09:30[:15][+07:00], 16/01/2023[ 09:30[:15]], 20230116 or 20230116093015.");
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static bool TryParseDigits(ReadOnlySpan<char> text, out LocalDateTime value, out bool dateOnly)
    {
        value = default;
        dateOnly = text.Length == 8;
        int year = int.Parse(text[..4], provider: null), month = int.Parse(text[4..6], provider: null), day = int.Parse(text[6..8], provider: null);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        if (dateOnly)
        {
            value = new LocalDate(year, month, day).AtMidnight();
            return true;
        }
        int hour = int.Parse(text[8..10], provider: null), minute = int.Parse(text[10..12], provider: null), second = int.Parse(text[12..14], provider: null);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new LocalDateTime(year, month, day, hour, minute, second);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out Offset offset)
    {
        offset = default;
        if (text is "Z" or "z")
        {
            offset = Offset.Zero;
            return true;
        }
        if (text.Length < 3 || text[0] is not ('+' or '-'))
        {
            return false;
        }
        int sign = text[0] == '-' ? -1 : 1;
        int position = 1;
        if (!Number(text, ref position, 2, 2, out int hours))
        {
            return false;
        }
        int minutes = 0;
        if (position < text.Length)
        {
            if (text[position] == ':')
            {
                position++;
            }
            if (!Number(text, ref position, 2, 2, out minutes) || position != text.Length)
            {
                return false;
            }
        }
        if (hours > 18 || minutes > 59)
        {
            return false;
        }
        offset = Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        int position = start;
        return Number(text, ref position, count, count, out value);
    }

    private static bool Number(ReadOnlySpan<char> text, ref int position, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int start = position;
        while (position < text.Length && position - start < maxDigits && char.IsAsciiDigit(text[position]))
        {
            value = (value * 10) + (text[position] - '0');
            position++;
        }
        return position - start >= minDigits;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }
        return false;
    }
}
