using Reform.Indicators.Dossiers;
using Reform.Indicators.Units;

namespace Reform.Indicators.Indicators;

/// <summary>
/// The record-at-a-time indicator path: classifies each dossier for a period and adds up the
/// counts of docs/specification.md §4. It is the readable specification; the columnar engine must give
/// the same answers.
/// </summary>
public static class DossierIndicators
{
    /// <summary>The counts of all <paramref name="dossiers"/> in <paramref name="period"/> (the national group).</summary>
    /// <remarks>An empty input gives zero counts, whose rates have no value.</remarks>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static DossierCounts Count(IEnumerable<Dossier> dossiers, ReportingPeriod period, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(period);
        var total = default(DossierCounts);
        foreach (var dossier in dossiers)
        {
            total += DossierCounts.Of(DossierClassifier.Classify(dossier, period, policy), dossier);
        }
        return total;
    }

    /// <summary>
    /// The counts per handling unit (<see cref="Dossier.UnitCode"/>), ordered by unit code; a unit
    /// appears when at least one of its dossiers is in scope.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static IReadOnlyDictionary<string, DossierCounts> CountByUnit(IEnumerable<Dossier> dossiers, ReportingPeriod period, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(period);
        var byUnit = new SortedDictionary<string, DossierCounts>(StringComparer.Ordinal);
        foreach (var dossier in dossiers)
        {
            var dossierClass = DossierClassifier.Classify(dossier, period, policy);
            if (!dossierClass.InScope)
            {
                continue;
            }
            byUnit.TryGetValue(dossier.UnitCode, out var counts);
            byUnit[dossier.UnitCode] = counts + DossierCounts.Of(dossierClass, dossier);
        }
        return byUnit;
    }

    /// <summary>The counts of <paramref name="dossiers"/> in two periods, with every delta between them.</summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    public static PeriodComparison Compare(IEnumerable<Dossier> dossiers, ReportingPeriod before, ReportingPeriod after, ClassificationPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var list = dossiers as IReadOnlyCollection<Dossier> ?? [.. dossiers];
        return new PeriodComparison(before, Count(list, before, policy), after, Count(list, after, policy));
    }

    /// <summary>
    /// A report of <paramref name="dossiers"/> in <paramref name="period"/>, grouped as
    /// <paramref name="groupBy"/> says (docs/specification.md §5).
    /// </summary>
    /// <param name="dossiers">The validated dossiers.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="groupBy">The grouping.</param>
    /// <param name="units">
    /// The units, for names, levels and the hierarchy. Required for <see cref="GroupBy.Level"/> and
    /// <see cref="GroupBy.Rollup"/>; optional for <see cref="GroupBy.Unit"/> (names and levels are then
    /// <see langword="null"/>).
    /// </param>
    /// <param name="policy">The classification policy; <see cref="ClassificationPolicy.Default"/> when null.</param>
    /// <param name="rejected">The rows rejected on input, carried into the report.</param>
    /// <remarks>
    /// <para>A unit's name and level are those of the version of its code valid on the period's
    /// last date or, for a unit that ended within or before the period, its latest version that
    /// started by then (its earliest version when none had).</para>
    /// <para>Nothing is dropped: with <see cref="GroupBy.Level"/>, dossiers of units the registry
    /// does not know form a group with key <c>unknown</c>; with <see cref="GroupBy.Rollup"/>, units
    /// not in the hierarchy valid on the last date (e.g. a district abolished in the period) appear
    /// as their own groups, outside every subtree. Unit and rollup groups list units with at least
    /// one dossier in scope (in their subtree, for a rollup).</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping.</exception>
    public static IndicatorReport Report(
        IEnumerable<Dossier> dossiers,
        ReportingPeriod period,
        GroupBy groupBy,
        UnitRegistry? units = null,
        ClassificationPolicy? policy = null,
        IReadOnlyList<RowError>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(period);
        if (units is null && groupBy is GroupBy.Level or GroupBy.Rollup)
        {
            throw new ArgumentException($"Grouping by {groupBy.ToString().ToLowerInvariant()} needs the units (a units file or registry).", nameof(units));
        }
        rejected ??= [];
        if (groupBy == GroupBy.National)
        {
            return new IndicatorReport(period, groupBy, [new IndicatorGroup("national", null, null, Count(dossiers, period, policy))], rejected);
        }
        var byUnit = CountByUnit(dossiers, period, policy);
        return new IndicatorReport(period, groupBy, Group(byUnit, period, groupBy, units), rejected);
    }

    /// <summary>Groups counts per unit code as <paramref name="groupBy"/> says; the grouping step of <see cref="Report"/>, shared with the columnar engine.</summary>
    /// <exception cref="ArgumentException"><paramref name="units"/> is null for a level or rollup grouping.</exception>
    public static IReadOnlyList<IndicatorGroup> Group(
        IReadOnlyDictionary<string, DossierCounts> countsByUnit, ReportingPeriod period, GroupBy groupBy, UnitRegistry? units)
    {
        ArgumentNullException.ThrowIfNull(countsByUnit);
        ArgumentNullException.ThrowIfNull(period);
        switch (groupBy)
        {
            case GroupBy.National:
                return [new IndicatorGroup("national", null, null, countsByUnit.Values.Aggregate(default(DossierCounts), DossierCounts.Add))];
            case GroupBy.Unit:
                return [.. countsByUnit.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                {
                    var unit = units is null ? null : units.VersionOn(p.Key, period.Last);
                    return new IndicatorGroup(p.Key, unit?.Name, unit?.Level, p.Value);
                })];
            case GroupBy.Level:
            {
                ArgumentNullException.ThrowIfNull(units);
                var byLevel = new SortedDictionary<int, DossierCounts>();
                foreach (var (code, counts) in countsByUnit)
                {
                    int key = units.VersionOn(code, period.Last) is { } unit ? (int)unit.Level : int.MaxValue;
                    byLevel[key] = byLevel.GetValueOrDefault(key) + counts;
                }
                return [.. byLevel.Select(p => p.Key == int.MaxValue
                    ? new IndicatorGroup("unknown", null, null, p.Value)
                    : new IndicatorGroup(((GovernmentLevel)p.Key).ToName(), null, (GovernmentLevel)p.Key, p.Value))];
            }
            case GroupBy.Rollup:
                ArgumentNullException.ThrowIfNull(units);
                return UnitRollup.Groups(countsByUnit, units, period.Last, period.Last, crosswalk: null);
            default:
                throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Unknown grouping.");
        }
    }
}
