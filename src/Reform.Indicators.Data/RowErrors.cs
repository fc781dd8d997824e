using System.Globalization;

namespace Reform.Indicators.Data;

/// <summary>Helpers that keep error messages short whatever the input.</summary>
internal static class RowErrors
{
    private const int MaxShown = 100;

    /// <summary>The value as shown in an error: at most 100 characters, then how long it really was.</summary>
    public static string? Shorten(string? value) =>
        value is null || value.Length <= MaxShown
            ? value
            : string.Create(CultureInfo.InvariantCulture, $"{value.AsSpan(0, MaxShown)}… ({value.Length:N0} characters)");

    /// <summary>The error with its value shortened.</summary>
    public static RowError Shortened(this RowError error) => error.Value is { Length: > MaxShown } ? error with { Value = Shorten(error.Value) } : error;
}
