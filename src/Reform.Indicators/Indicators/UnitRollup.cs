using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The rollup grouping (docs/specification.md §5.3 and §10.1): counts per unit code summed up the
/// hierarchy of one date, with units no longer valid on that date mapped to their successors when
/// a crosswalk is given. The one home of rollup for every engine and for
/// <see cref="IndicatorReports.RollUp"/>.
/// </summary>
internal static class UnitRollup
{
    private const int MaxSteps = 16;

    /// <summary>
    /// The rollup groups of <paramref name="countsByUnit"/>: each code is read as its version on
    /// <paramref name="versionDate"/> (<see cref="UnitRegistry.VersionOn"/>), placed at its
    /// successor in the hierarchy of <paramref name="asOf"/>, and summed up that hierarchy.
    /// </summary>
    /// <remarks>
    /// The successor of a unit version is, in this order: with a crosswalk, for a version that ended
    /// before the crosswalk's effective date, the crosswalk's new code for it (if that unit is in the
    /// hierarchy); the unit itself, when its code names a unit of the same level in the hierarchy; with a
    /// crosswalk, the successor of its parent (a district abolished on 1 July 2025 goes to the successor of
    /// its province). A code without a successor, or unknown to the registry, forms a group of its
    /// own outside every subtree, named by its version. Groups are the units with an in-scope dossier in
    /// their subtree, then the groups outside, all by key.
    /// </remarks>
    internal static IReadOnlyList<IndicatorGroup> Groups(
        IEnumerable<KeyValuePair<string, DossierCounts>> countsByUnit, UnitRegistry units, LocalDate versionDate, LocalDate asOf, Crosswalk? crosswalk)
    {
        var hierarchy = units.AsOf(asOf);
        var own = new DossierCounts[hierarchy.Count];
        var outside = new SortedDictionary<string, IndicatorGroup>(StringComparer.Ordinal);
        foreach (var (code, counts) in countsByUnit)
        {
            var version = units.VersionOn(code, versionDate);
            if (version is not null && Successor(version, versionDate, units, hierarchy, crosswalk) is int ordinal)
            {
                own[ordinal] += counts;
            }
            else
            {
                var group = outside.TryGetValue(code, out var earlier) ? earlier with { Counts = earlier.Counts + counts } : new IndicatorGroup(code, version?.Name, version?.Level, counts);
                outside[code] = group;
            }
        }
        hierarchy.RollUp<DossierCounts>(own, own);
        var groups = new List<IndicatorGroup>();
        for (int i = 0; i < own.Length; i++)
        {
            if (own[i].InScope > 0)
            {
                groups.Add(new IndicatorGroup(hierarchy[i].Code, hierarchy[i].Name, hierarchy[i].Level, own[i]));
            }
        }
        return [.. groups.Concat(outside.Values).OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    // The ordinal in the hierarchy of the unit the version's figures go to, or null. Each step
    // climbs to the parent; the bound ends the walk on a registry whose versions form a cycle.
    private static int? Successor(AdministrativeUnit version, LocalDate versionDate, UnitRegistry units, UnitHierarchy hierarchy, Crosswalk? crosswalk)
    {
        for (var (unit, steps) = (version, 0); unit is not null && steps < MaxSteps; steps++)
        {
            if (crosswalk is not null && unit.ValidTo < crosswalk.EffectiveDate && crosswalk.TryGetNewCode(unit.Code, out var newCode)
                && hierarchy.TryGetOrdinal(newCode, out int mapped))
            {
                return mapped;
            }
            if (hierarchy.TryGetOrdinal(unit.Code, out int same) && hierarchy[same].Level == unit.Level)
            {
                return same;
            }
            if (crosswalk is null || unit.ParentCode is not { } parent)
            {
                return null;
            }
            // The parent as it was while this version was in force.
            var lastDay = unit.ValidTo is { } end && end < versionDate ? end : versionDate;
            unit = units.VersionOn(parent, lastDay);
        }
        return null;
    }
}
