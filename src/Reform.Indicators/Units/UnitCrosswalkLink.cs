using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>One link of a <see cref="UnitCrosswalk"/>: (part of) the old unit <see cref="OldCode"/> went to the new unit <see cref="NewCode"/>.</summary>
/// <remarks>Equality compares the codes, the share and the origin. <c>default</c> has empty codes and is rejected by <see cref="UnitCrosswalk"/>.</remarks>
public readonly record struct UnitCrosswalkLink
{
    private readonly string? oldCode;
    private readonly string? newCode;

    /// <summary>Creates a link.</summary>
    /// <param name="oldCode">The code of the unit before the reorganisation; not empty.</param>
    /// <param name="newCode">The code of the unit after it; not empty (may equal <paramref name="oldCode"/>).</param>
    /// <param name="share">How much of the old unit went to the new one.</param>
    /// <param name="origin">Where the link comes from.</param>
    /// <exception cref="ArgumentException">A code is empty or white space, or the share or origin is undefined.</exception>
    public UnitCrosswalkLink(string oldCode, string newCode, CrosswalkShare share = CrosswalkShare.Whole, CrosswalkOrigin origin = CrosswalkOrigin.User)
    {
        if (string.IsNullOrWhiteSpace(oldCode) || string.IsNullOrWhiteSpace(newCode))
        {
            Preconditions.ThrowArgument($"A crosswalk link needs both codes; it was '{oldCode}' -> '{newCode}'.", nameof(oldCode));
        }
        if (!Enum.IsDefined(share) || !Enum.IsDefined(origin))
        {
            Preconditions.ThrowArgument($"The crosswalk link {oldCode} -> {newCode} has an undefined share ({(int)share}) or origin ({(int)origin}).", nameof(share));
        }
        this.oldCode = oldCode.Trim();
        this.newCode = newCode.Trim();
        Share = share;
        Origin = origin;
    }

    /// <summary>The code of the unit before the reorganisation.</summary>
    public string OldCode => oldCode ?? string.Empty;

    /// <summary>The code of the unit after it.</summary>
    public string NewCode => newCode ?? string.Empty;

    /// <summary>How much of the old unit went to the new one.</summary>
    public CrosswalkShare Share { get; }

    /// <summary>Where the link comes from.</summary>
    public CrosswalkOrigin Origin { get; }

    /// <summary>The link as <c>"00001 -> 00004 (whole, composition)"</c>.</summary>
    public override string ToString() => $"{OldCode} -> {NewCode} ({Share.ToString().ToLowerInvariant()}, {Origin.ToString().ToLowerInvariant()})";
}
