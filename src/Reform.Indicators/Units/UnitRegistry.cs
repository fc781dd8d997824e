using NodaTime;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Units;

/// <summary>
/// Every version of every administrative unit across time, checked for consistency; the source
/// of the hierarchy valid on a date (<see cref="AsOf(LocalDate)"/>).
/// </summary>
/// <remarks>
/// <para>The constructor checks, and rejects with an <see cref="ArgumentException"/> that names the unit and the reason:</para>
/// <list type="bullet">
/// <item>a code names at most one unit on any day (a code may be reused in periods that do not
/// overlap: code 24 was Bắc Giang until 2025-06-30 and is Bắc Ninh from 2025-07-01);</item>
/// <item>a unit's parent exists and is valid on every day the unit is valid;</item>
/// <item>levels go downward: ministries and provinces are top-level, a district sits under a
/// province, a commune under a district or a province (<see cref="GovernmentLevels.CanBeParentOf"/>).</item>
/// </list>
/// <para>Because levels strictly go down, the parent links cannot form a cycle.</para>
/// </remarks>
/// <example>
/// <code>
/// var registry = VietnamProvinces.Registry;
/// registry.Find("24", new LocalDate(2025, 6, 30))!.Name; // "Bắc Giang"
/// registry.Find("24", new LocalDate(2025, 7, 1))!.Name;  // "Bắc Ninh"
/// registry.AsOf(new LocalDate(2022, 12, 31)).Count;      // 63
/// </code>
/// </example>
public sealed class UnitRegistry
{
    // Versions of each code, sorted by start; they never overlap.
    private readonly Dictionary<string, AdministrativeUnit[]> byCode;

    /// <summary>Creates a registry from unit versions in any order.</summary>
    /// <param name="units">The unit versions; an empty sequence gives an empty registry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The units are inconsistent (see the remarks); the message names the unit and the reason.</exception>
    public UnitRegistry(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var all = units.ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(units), $"units[{i}] is null.");
            }
        }
        byCode = all
            .GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Start).ToArray(), StringComparer.Ordinal);
        foreach (var versions in byCode.Values)
        {
            CheckNoOverlap(versions);
        }
        foreach (var unit in all)
        {
            CheckParent(unit);
        }
        Units = [.. all.OrderBy(u => u.Code, StringComparer.Ordinal).ThenBy(u => u.Start)];
    }

    /// <summary>Every unit version, ordered by code, then by start of validity.</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>The number of unit versions.</summary>
    public int Count => Units.Count;

    /// <summary>The unit that <paramref name="code"/> names on <paramref name="date"/>, or <see langword="null"/> when none does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public AdministrativeUnit? Find(string code, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (byCode.TryGetValue(code, out var versions))
        {
            foreach (var unit in versions)
            {
                if (unit.IsValidOn(date))
                {
                    return unit;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The version of <paramref name="code"/> a report dated <paramref name="date"/> names it by: the one
    /// valid on the date; else the latest begun by then; else the earliest (a dossier dated before its
    /// unit was founded still has a name and level); <see langword="null"/> for an unknown code.
    /// </summary>
    internal AdministrativeUnit? VersionOn(string code, LocalDate date)
    {
        if (Find(code, date) is { } valid)
        {
            return valid;
        }
        var history = History(code);
        return history.Where(u => u.ValidFrom is null || u.ValidFrom <= date).MaxBy(u => u.ValidFrom ?? LocalDate.MinIsoValue)
            ?? history.MinBy(u => u.ValidFrom ?? LocalDate.MinIsoValue);
    }

    /// <summary>Every version of <paramref name="code"/>, oldest first; empty when the code is unknown.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> History(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return byCode.TryGetValue(code, out var versions) ? versions.AsReadOnly() : [];
    }

    /// <summary>The hierarchy of the units valid on <paramref name="date"/>.</summary>
    /// <remarks>Every unit valid on the date appears exactly once; a date on which no unit is valid gives an empty hierarchy.</remarks>
    public UnitHierarchy AsOf(LocalDate date) => new(date, Units.Where(u => u.IsValidOn(date)));

    /// <summary>A registry with these units and <paramref name="more"/>, checked together (e.g. the built-in provinces plus a user's communes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The combined units are inconsistent; see the constructor.</exception>
    public UnitRegistry WithUnits(IEnumerable<AdministrativeUnit> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new UnitRegistry(Units.Concat(more));
    }

    private static void CheckNoOverlap(AdministrativeUnit[] versions)
    {
        // Sorted by start: each version must start after every earlier one ends.
        var latest = versions[0];
        for (int i = 1; i < versions.Length; i++)
        {
            var next = versions[i];
            if (next.Start <= latest.End)
            {
                Preconditions.ThrowArgument(
                    $"Code {next.Code} names two units {(next.ValidFrom is { } day ? "on " + IsoDates.Format(day) : "on the same days")}: " +
                    $"{latest} and {next}. A code may name different units only in periods that do not overlap.",
                    "units");
            }
            if (next.End > latest.End)
            {
                latest = next;
            }
        }
    }

    private void CheckParent(AdministrativeUnit unit)
    {
        if (unit.ParentCode is not { } parentCode)
        {
            return;
        }
        if (!byCode.TryGetValue(parentCode, out var parents))
        {
            Preconditions.ThrowArgument($"Unit {unit} has parent {parentCode}, which is not among the units.", "units");
        }
        // Walk the parent's versions (sorted, not overlapping) across the child's validity.
        LocalDate cursor = unit.Start;
        foreach (var parent in parents)
        {
            if (parent.End < cursor || parent.Start > unit.End)
            {
                continue;
            }
            if (parent.Start > cursor)
            {
                break;
            }
            if (!parent.Level.CanBeParentOf(unit.Level))
            {
                Preconditions.ThrowArgument(
                    $"Unit {unit} is a {unit.Level.ToName()} under {parent}, a {parent.Level.ToName()}; " +
                    $"{AllowedParents(unit.Level)}.",
                    "units");
            }
            if (parent.End >= unit.End)
            {
                return;
            }
            cursor = parent.End.PlusDays(1);
        }
        Preconditions.ThrowArgument(
            $"Unit {unit} has parent {parentCode}, which is not valid on {IsoDates.Format(cursor)}; " +
            "a parent must be valid on every day its child is.",
            "units");
    }

    private static string AllowedParents(GovernmentLevel level) => level switch
    {
        GovernmentLevel.District => "a district must sit under a province",
        GovernmentLevel.Commune => "a commune must sit under a district or a province",
        _ => $"a {level.ToName()} is top-level and has no parent",
    };
}
