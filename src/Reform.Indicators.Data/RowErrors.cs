using System.Globalization;

namespace Reform.Indicators.Data;

/// <summary>Helpers that keep error messages short whatever the input.</summary>
internal static class RowErrors
{
    /// <summary>The most characters of a value an error shows.</summary>
    public const int MaxShown = 100;

    /// <summary>The value as shown in an error: at most 100 characters, then how long it really was.</summary>
    public static string? Shorten(string? value) =>
        value is null || value.Length <= MaxShown ? value : Shorten(value.AsSpan(0, MaxShown), value.Length);

    /// <summary>A value of <paramref name="length"/> characters, of which the first <paramref name="start"/> (at most 100), as an error shows it.</summary>
    public static string Shorten(ReadOnlySpan<char> start, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"{start}… ({length:N0} characters)");

    /// <summary>The error with its value shortened.</summary>
    public static RowError Shortened(this RowError error) => error.Value is { Length: > MaxShown } ? error with { Value = Shorten(error.Value) } : error;
}
