using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>One line of a <see cref="Crosswalk"/>: the unit <see cref="OldCode"/> became (part of) the unit <see cref="NewCode"/>.</summary>
/// <remarks>The codes may be equal (a unit that kept its code, possibly absorbing others). Equality compares both codes.</remarks>
public readonly record struct CrosswalkLink
{
    private readonly string? oldCode;
    private readonly string? newCode;

    /// <summary>Creates a link from an old code to a new code.</summary>
    /// <exception cref="ArgumentException">A code is empty.</exception>
    public CrosswalkLink(string oldCode, string newCode)
    {
        if (string.IsNullOrWhiteSpace(oldCode))
        {
            Preconditions.ThrowArgument($"A crosswalk link needs an old code; it was '{oldCode}' (new code '{newCode}').", nameof(oldCode));
        }
        if (string.IsNullOrWhiteSpace(newCode))
        {
            Preconditions.ThrowArgument($"The crosswalk link from {oldCode} needs a new code; it was '{newCode}'.", nameof(newCode));
        }
        this.oldCode = oldCode;
        this.newCode = newCode;
    }

    /// <summary>The code of the unit before the reorganisation.</summary>
    public string OldCode => oldCode ?? string.Empty;

    /// <summary>The code of the unit it became part of.</summary>
    public string NewCode => newCode ?? string.Empty;

    /// <summary>The link as <c>"27 -> 24"</c>.</summary>
    public override string ToString() => $"{OldCode} -> {NewCode}";
}
