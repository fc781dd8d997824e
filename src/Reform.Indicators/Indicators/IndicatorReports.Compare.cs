namespace Reform.Indicators.Indicators;

public static partial class IndicatorReports
{
    /// <summary>
    /// Each group's indicators in two reports (two years, before and after a reform) and the change,
    /// matched by key: one row per group and indicator.
    /// </summary>
    /// <param name="before">The earlier report.</param>
    /// <param name="after">The later report.</param>
    /// <param name="indicator">One indicator's name (<see cref="Indicators"/>); all three when null.</param>
    /// <remarks>
    /// Groups are those of either report: the later report's in its order, then those only in the
    /// earlier one. A group missing from one report has a rate of 0/0 there, so its change has no
    /// value and says why — it is never a change from or to 0%. Keys are compared as they are, so
    /// compare reports of the same grouping (across the 2025 merger, map the units first).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is not one of <see cref="Indicators"/>.</exception>
    /// <example><c>IndicatorReports.Compare(report2021, report2022, "onTimeResolution").OrderBy(d => d.PercentagePoints)</c></example>
    public static IReadOnlyList<GroupDelta> Compare(IndicatorReport before, IndicatorReport after, string? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var indicators = indicator is null ? Indicators : [.. Indicators.Where(i => i.Name == indicator)];
        if (indicators.Count == 0)
        {
            throw new ArgumentException($"'{indicator}' is not an indicator of a report; expected {string.Join(", ", Indicators.Select(i => i.Name))}.", nameof(indicator));
        }
        var earlier = before.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var later = after.Groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var keys = after.Groups.Select(g => (After: (IndicatorGroup?)g, Before: earlier.GetValueOrDefault(g.Key)))
            .Concat(before.Groups.Where(g => !later.Contains(g.Key)).Select(g => (After: (IndicatorGroup?)null, Before: (IndicatorGroup?)g)));
        var deltas = new List<GroupDelta>();
        foreach (var (a, b) in keys)
        {
            var any = (a ?? b)!;
            foreach (var (name, rate) in indicators)
            {
                deltas.Add(new GroupDelta(any.Key, a?.Name ?? b?.Name, a?.Level ?? b?.Level, name,
                    b is null ? default : rate(b), a is null ? default : rate(a)));
            }
        }
        return deltas;
    }
}
