using NodaTime;
using NodaTime.Text;

namespace Reform.Indicators.Utility;

/// <summary>Dates in messages and data files: ISO 8601 (<c>2025-07-01</c>), whatever the culture.</summary>
internal static class IsoDates
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Format(LocalDate? date, string whenMissing) => date is { } d ? Format(d) : whenMissing;

    /// <summary>An inclusive validity range as text: "2025-01-01..2025-06-30", "from 2025-07-01", "until 2025-06-30" or "always".</summary>
    internal static string Range(LocalDate? from, LocalDate? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{Format(f)}..{Format(t)}",
        ({ } f, null) => $"from {Format(f)}",
        (null, { } t) => $"until {Format(t)}",
        _ => "always",
    };

    internal static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
