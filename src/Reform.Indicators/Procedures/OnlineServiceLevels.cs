using System.Diagnostics.CodeAnalysis;

namespace Reform.Indicators.Procedures;

/// <summary>Names of <see cref="OnlineServiceLevel"/> values in data files, and the mapping from the legacy levels 1–4.</summary>
public static class OnlineServiceLevels
{
    /// <summary>
    /// The level for a legacy online service level of Decree 43/2011/NĐ-CP: 1 and 2 →
    /// <see cref="OnlineServiceLevel.None"/>, 3 → <see cref="OnlineServiceLevel.Partial"/>,
    /// 4 → <see cref="OnlineServiceLevel.Full"/>.
    /// </summary>
    /// <remarks>
    /// Levels 1 and 2 offered information and downloadable forms with submission on paper;
    /// level 3 online submission and processing with the fee and result in person; level 4 also
    /// online payment and the result online or by post (Decree 43/2011/NĐ-CP, Art. 3; the
    /// mapping 3 → partial, 4 → full as on the national portal).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="legacyLevel"/> is not 1, 2, 3 or 4.</exception>
    public static OnlineServiceLevel FromLegacyLevel(int legacyLevel) => legacyLevel switch
    {
        1 or 2 => OnlineServiceLevel.None,
        3 => OnlineServiceLevel.Partial,
        4 => OnlineServiceLevel.Full,
        _ => throw new ArgumentOutOfRangeException(nameof(legacyLevel), legacyLevel, $"A legacy online service level is 1, 2, 3 or 4; it was {legacyLevel}."),
    };

    /// <summary>The name of <paramref name="level"/> in data files: <c>none</c>, <c>partial</c> or <c>full</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToName(this OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.None => "none",
        OnlineServiceLevel.Partial => "partial",
        OnlineServiceLevel.Full => "full",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"{(int)level} is not an online service level."),
    };

    /// <summary>Reads <c>none</c>, <c>partial</c> or <c>full</c>, case-insensitive, surrounding white space ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not one of the three names; the message lists them.</exception>
    public static OnlineServiceLevel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var level)
            ? level
            : throw new FormatException($"'{text}' is not an online service level; expected none, partial or full.");
    }

    /// <summary>Reads a level name as <see cref="Parse(string)"/> does; <see langword="false"/> when it is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out OnlineServiceLevel level)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "NONE": level = OnlineServiceLevel.None; return true;
            case "PARTIAL": level = OnlineServiceLevel.Partial; return true;
            case "FULL": level = OnlineServiceLevel.Full; return true;
            default: level = default; return false;
        }
    }
}
