using Reform.Indicators.Units;

namespace Reform.Indicators.Compliance;

/// <summary>The units a target binds: the nation as a whole, every unit of some levels, or a list of units.</summary>
/// <remarks>
/// A national target is met by the national value. A target on levels or units binds each unit:
/// it is met only when every bound unit with data meets it.
/// </remarks>
public sealed record TargetScope
{
    private TargetScope(IReadOnlySet<GovernmentLevel> levels, IReadOnlySet<string> unitCodes)
    {
        Levels = levels;
        UnitCodes = unitCodes;
    }

    /// <summary>The nation as a whole.</summary>
    public static TargetScope National { get; } = new(new HashSet<GovernmentLevel>(), new HashSet<string>());

    /// <summary>The levels whose every unit is bound; empty unless the scope is by level.</summary>
    public IReadOnlySet<GovernmentLevel> Levels { get; }

    /// <summary>The units bound by code; empty unless the scope is a list of units.</summary>
    public IReadOnlySet<string> UnitCodes { get; }

    /// <summary>Whether the target applies to the nation as a whole.</summary>
    public bool IsNational => Levels.Count == 0 && UnitCodes.Count == 0;

    /// <summary>Every unit of the given levels (e.g. every province).</summary>
    /// <exception cref="ArgumentException">No level is given.</exception>
    public static TargetScope OfLevels(params GovernmentLevel[] levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return levels.Length == 0
            ? throw new ArgumentException("A scope by level needs at least one level.", nameof(levels))
            : new(levels.ToHashSet(), new HashSet<string>());
    }

    /// <summary>The listed units, by code.</summary>
    /// <exception cref="ArgumentException">No unit is given, or a code is blank.</exception>
    public static TargetScope OfUnits(params string[] unitCodes)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        if (unitCodes.Length == 0 || unitCodes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A scope by units needs at least one unit code, none blank.", nameof(unitCodes));
        }
        return new(new HashSet<GovernmentLevel>(), unitCodes.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="unit"/> is bound by the scope (every unit is, for a national scope).</summary>
    public bool Binds(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return IsNational || Levels.Contains(unit.Level) || UnitCodes.Contains(unit.Code);
    }

    /// <summary>Equal when both bind the same levels and units.</summary>
    public bool Equals(TargetScope? other) =>
        other is not null && Levels.SetEquals(other.Levels) && UnitCodes.SetEquals(other.UnitCodes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Levels.Count, UnitCodes.Count, Levels.Sum(l => (int)l));

    /// <summary><c>national</c>, <c>province, district</c> or <c>units 01, 79</c>.</summary>
    public override string ToString() =>
        IsNational ? "national"
        : Levels.Count > 0 ? string.Join(", ", Levels.Order().Select(l => l.ToName()))
        : "units " + string.Join(", ", UnitCodes.Order(StringComparer.Ordinal));
}
