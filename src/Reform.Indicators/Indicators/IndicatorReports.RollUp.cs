using NodaTime;
using Reform.Indicators.Units;
using Reform.Indicators.Utility;

namespace Reform.Indicators.Indicators;

public static partial class IndicatorReports
{
    /// <summary>
    /// Rolls a report grouped by unit up the hierarchy of the units valid on <paramref name="asOf"/>,
    /// mapping the units no longer valid then to their successors through <paramref name="crosswalk"/>:
    /// the way to compare a year before a reorganisation with a year after it by today's units
    /// (docs/specification.md §10.1, §6.3).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each group's code is read as its unit on the report's last day (as the report names it), then
    /// placed at its successor: with a crosswalk, a unit that ended before the crosswalk took effect
    /// goes to the crosswalk's new unit; a unit whose code names a unit of the same level on
    /// <paramref name="asOf"/> stays itself; with a crosswalk, a unit that is in neither (a district
    /// abolished on 1 July 2025) goes to its parent's successor. Counts add, so rates pool as ratios of
    /// sums. A code without a successor (unknown to <paramref name="units"/>, or without a crosswalk link
    /// or parent that leads into the hierarchy) stays a group of its own outside every subtree: no dossier
    /// is dropped.
    /// </para>
    /// <para>
    /// With <paramref name="asOf"/> the report's last day and no crosswalk this is the report grouped by
    /// <see cref="GroupBy.Rollup"/>. A period that spans the crosswalk's date mixes the two units of a reused
    /// code in one group (§10.1): report the two sides of the date separately and roll each up.
    /// </para>
    /// </remarks>
    /// <param name="report">A report grouped by <see cref="GroupBy.Unit"/>.</param>
    /// <param name="units">Every unit version the report's codes and the hierarchy of <paramref name="asOf"/> need, e.g. <see cref="VietnamUnits.Registry"/> with the ministries added.</param>
    /// <param name="asOf">The date whose units the result is grouped by, e.g. today.</param>
    /// <param name="crosswalk">The reorganisation's crosswalk, e.g. <see cref="VietnamUnits.Crosswalk2025"/>; <see langword="null"/> maps nothing.</param>
    /// <returns>The report grouped by <see cref="GroupBy.Rollup"/> with the same period and rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The report is not grouped by unit.</exception>
    /// <example>
    /// <code>
    /// var units = VietnamUnits.Registry.WithUnits(ministries);
    /// var today = new LocalDate(2026, 12, 31);
    /// var before = report2024.RollUp(units, today, VietnamUnits.Crosswalk2025); // 2024 by the 34 provinces and 3,321 communes
    /// var after = report2026.RollUp(units, today, VietnamUnits.Crosswalk2025);
    /// var change = IndicatorReports.Compare(before, after, "online");         // per today's unit, in percentage points
    /// </code>
    /// </example>
    public static IndicatorReport RollUp(this IndicatorReport report, UnitRegistry units, LocalDate asOf, Crosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(units);
        if (report.GroupBy != GroupBy.Unit)
        {
            Preconditions.ThrowArgument($"Rolling up needs a report grouped by unit; this one is grouped by {report.GroupBy.ToString().ToLowerInvariant()}.", nameof(report));
        }
        var counts = report.Groups.Select(g => KeyValuePair.Create(g.Key, g.Counts));
        return report with { GroupBy = GroupBy.Rollup, Groups = UnitRollup.Groups(counts, units, report.Period.Last, asOf, crosswalk) };
    }
}
