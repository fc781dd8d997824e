using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Indicators;

/// <summary>
/// A reporting period: a closed range of dates <c>[First, Last]</c> with a name
/// (docs/specification.md §1).
/// </summary>
/// <remarks>
/// <para>Names: <c>2022</c> (year), <c>2022-Q1</c> (quarter), <c>2022-03</c> (month),
/// <c>2022-01-01..2022-06-30</c> (custom, both ends included), and <c>2022R</c>, the statutory
/// reporting year of Decree 09/2019/NĐ-CP (15 Dec 2021 – 14 Dec 2022).</para>
/// <para>A timestamp is in the period when its date is between <see cref="First"/> and
/// <see cref="Last"/> inclusive. Open dossiers are judged at <see cref="End"/>, the last instant
/// of <see cref="Last"/>.</para>
/// </remarks>
public sealed partial record ReportingPeriod
{
    private ReportingPeriod(string name, LocalDate first, LocalDate last)
    {
        Name = name;
        Dates = new DateInterval(first, last);
    }

    /// <summary>The period's name, e.g. <c>2022-Q1</c>; it parses back to the same period.</summary>
    public string Name { get; }

    /// <summary>The dates of the period, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>The first date of the period.</summary>
    public LocalDate First => Dates.Start;

    /// <summary>The last date of the period (included).</summary>
    public LocalDate Last => Dates.End;

    /// <summary>The last instant of <see cref="Last"/>: open dossiers are judged at it.</summary>
    public LocalDateTime End => VietnamTime.EndOf(Last);

    /// <summary>Whether <paramref name="timestamp"/>'s date lies in the period.</summary>
    public bool Contains(LocalDateTime timestamp) => Dates.Contains(timestamp.Date);

    /// <summary>A calendar year, named <c>2022</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new(year.ToString("0000", CultureInfo.InvariantCulture), new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A quarter, named <c>2022-Q1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the quarter outside 1–4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"A quarter is 1 to 4; it was {quarter}.");
        }
        // The last day from the calendar, not first + 3 months − 1 day, which overflows in 9999.
        int lastMonth = quarter * 3;
        return new(FormattableString.Invariant($"{year:0000}-Q{quarter}"), new LocalDate(year, lastMonth - 2, 1),
            new LocalDate(year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(year, lastMonth)));
    }

    /// <summary>A month, named <c>2022-03</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the month outside 1–12.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"A month is 1 to 12; it was {month}.");
        }
        return new(FormattableString.Invariant($"{year:0000}-{month:00}"), new LocalDate(year, month, 1),
            new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
    }

    /// <summary>Any range of dates, both ends included, named <c>2022-01-01..2022-06-30</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static ReportingPeriod Between(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException($"A period's last date ({Iso(last)}) must not be before its first ({Iso(first)}).", nameof(last));
        }
        return new($"{Iso(first)}..{Iso(last)}", first, last);
    }

    /// <summary>
    /// The statutory reporting year of Decree 09/2019/NĐ-CP (Art. 12): from 15 December of the
    /// year before to 14 December of <paramref name="year"/>, named <c>2022R</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9999.</exception>
    public static ReportingPeriod ReportingYear(int year)
    {
        if (year is < 2 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A reporting year is 2 to 9999; it was {year}.");
        }
        return new(FormattableString.Invariant($"{year:0000}R"), new LocalDate(year - 1, 12, 15), new LocalDate(year, 12, 14));
    }

    /// <summary>Parses a period name: <c>2022</c>, <c>2022-Q1</c>, <c>2022-03</c>, <c>2022-01-01..2022-06-30</c> or <c>2022R</c>.</summary>
    /// <exception cref="FormatException">The text is not a period name; the message lists the accepted forms.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period: expected 2022, 2022-Q1, 2022-03, 2022-01-01..2022-06-30 or 2022R.");
    }

    /// <summary>Parses a period name as <see cref="Parse"/> does.</summary>
    /// <returns>Whether <paramref name="text"/> names a valid period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        if (text is null)
        {
            return false;
        }
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        try
        {
            if (match.Groups["quarter"].Success)
            {
                period = Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
            }
            else if (match.Groups["month"].Success && !match.Groups["day"].Success)
            {
                period = Month(year, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture));
            }
            else if (match.Groups["reporting"].Success)
            {
                period = ReportingYear(year);
            }
            else if (match.Groups["day"].Success)
            {
                var first = new LocalDate(year, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture));
                var last = new LocalDate(int.Parse(match.Groups["year2"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["month2"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["day2"].Value, CultureInfo.InvariantCulture));
                period = Between(first, last);
            }
            else
            {
                period = Year(year);
            }
            return true;
        }
        catch (ArgumentException)
        {
            // Out-of-range parts (month 13, 31 Feb, last before first) are not a period.
            return false;
        }
    }

    /// <summary>The name, e.g. <c>2022-Q1 (2022-01-01..2022-03-31)</c>.</summary>
    public override string ToString() => Name.Contains("..", StringComparison.Ordinal) ? Name : $"{Name} ({Iso(First)}..{Iso(Last)})";

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A year is 1 to 9999; it was {year}.");
        }
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:(?<reporting>R)|-Q(?<quarter>[1-4])|-(?<month>\d{2})(?:-(?<day>\d{2})\.\.(?<year2>\d{4})-(?<month2>\d{2})-(?<day2>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
