using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Reform.Indicators.Calendars;

namespace Reform.Indicators.Data;

/// <summary>How the writers spell values, so that the readers read them back unchanged.</summary>
internal static class TextForms
{
    private static readonly LocalDateTimePattern Timestamp = LocalDateTimePattern.ExtendedIso;

    public static string Format(LocalDateTime value) => Timestamp.Format(value);

    public static string Format(LocalDate value) => value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A deadline: a date alone when it is the end of that date (how it was given), else a timestamp.</summary>
    public static string FormatDue(LocalDateTime due) => due == VietnamTime.EndOf(due.Date) ? Format(due.Date) : Format(due);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        if (VietnamTime.TryParse(text, DateOrder.DayMonthYear, out var value, out bool dateOnly) && dateOnly)
        {
            date = value.Date;
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>An optional date column: empty or white space is no date (true); a given value must be a date alone.</summary>
    public static bool TryParseOptionalDate(string? text, out LocalDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!TryParseDate(text, out var parsed))
        {
            return false;
        }
        date = parsed;
        return true;
    }
}
