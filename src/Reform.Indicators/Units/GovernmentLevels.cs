using System.Diagnostics.CodeAnalysis;

namespace Reform.Indicators.Units;

/// <summary>Names of <see cref="GovernmentLevel"/> values as written in data files, and the rules between levels.</summary>
public static class GovernmentLevels
{
    /// <summary>The four levels, from the centre down.</summary>
    public static IReadOnlyList<GovernmentLevel> All { get; } =
        [GovernmentLevel.Ministry, GovernmentLevel.Province, GovernmentLevel.District, GovernmentLevel.Commune];

    /// <summary>
    /// The name of <paramref name="level"/> in data files and JSON: <c>ministry</c>,
    /// <c>province</c>, <c>district</c> or <c>commune</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToName(this GovernmentLevel level) => level switch
    {
        GovernmentLevel.Ministry => "ministry",
        GovernmentLevel.Province => "province",
        GovernmentLevel.District => "district",
        GovernmentLevel.Commune => "commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"{(int)level} is not a government level."),
    };

    /// <summary>
    /// Reads a level name: <c>ministry</c>, <c>province</c>, <c>district</c> or <c>commune</c>,
    /// case-insensitive, surrounding white space ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not one of the four names; the message lists them.</exception>
    public static GovernmentLevel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var level)
            ? level
            : throw new FormatException($"'{text}' is not a government level; expected ministry, province, district or commune.");
    }

    /// <summary>Reads a level name as <see cref="Parse(string)"/> does; <see langword="false"/> when it is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out GovernmentLevel level)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "MINISTRY": level = GovernmentLevel.Ministry; return true;
            case "PROVINCE": level = GovernmentLevel.Province; return true;
            case "DISTRICT": level = GovernmentLevel.District; return true;
            case "COMMUNE": level = GovernmentLevel.Commune; return true;
            default: level = default; return false;
        }
    }

    /// <summary>Whether a unit of <paramref name="level"/> stands at the top, with no parent (ministries and provinces).</summary>
    public static bool IsTopLevel(this GovernmentLevel level) => level is GovernmentLevel.Ministry or GovernmentLevel.Province;

    /// <summary>
    /// Whether a unit of level <paramref name="child"/> may sit directly under one of level
    /// <paramref name="parent"/>: a district under a province; a commune under a district or a
    /// province (the two-tier local government from 1 July 2025, Resolution 202/2025/QH15).
    /// </summary>
    public static bool CanBeParentOf(this GovernmentLevel parent, GovernmentLevel child) => (parent, child) switch
    {
        (GovernmentLevel.Province, GovernmentLevel.District) => true,
        (GovernmentLevel.Province, GovernmentLevel.Commune) => true,
        (GovernmentLevel.District, GovernmentLevel.Commune) => true,
        _ => false,
    };
}
