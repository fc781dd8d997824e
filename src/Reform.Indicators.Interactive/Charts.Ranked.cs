using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

public static partial class Charts
{
    /// <summary>
    /// Groups ranked by a rate, highest at the top: a horizontal bar per group, labelled with its name
    /// and its value, on an axis fitted to the values; the <paramref name="top"/> highest and the
    /// <paramref name="bottom"/> lowest when there are more groups than that.
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="groups">The report's groups.</param>
    /// <param name="rate">The rate to rank by, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <param name="top">How many of the highest to show; all groups when both <paramref name="top"/> and <paramref name="bottom"/> are 0.</param>
    /// <param name="bottom">How many of the lowest to show (below a gap that says how many were left out).</param>
    /// <remarks>Groups whose rate has no value are left out (and counted in the subtitle), never drawn as 0.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> or <paramref name="bottom"/> is negative.</exception>
    public static Plot Ranked(string title, IEnumerable<IndicatorGroup> groups, Func<IndicatorGroup, Rate> rate, int top = 0, int bottom = 0)
    {
        var (_, withoutValue, shown, leftOut) = Ranking(title, groups, rate, top, bottom);
        var plot = NewPlot();
        var (min, _) = RateAxis(shown.Where(g => g is not null).Select(g => rate(g!).Value!.Value * 100));
        var ticks = new List<(double Position, string Label)>();
        for (int i = 0; i < shown.Count; i++)
        {
            double position = shown.Count - 1 - i; // the first at the top
            if (shown[i] is not { } group)
            {
                ticks.Add((position, Formatted($"… {leftOut:N0} more …")));
                continue;
            }
            double value = rate(group).Value!.Value * 100;
            plot.Add.Bar(new Bar { Position = position, Value = value, ValueBase = min, Label = Percent(value), FillColor = Accent, Orientation = Orientation.Horizontal });
            ticks.Add((position, Label(group)));
        }
        plot.Axes.Left.SetTicks([.. ticks.Select(t => t.Position)], [.. ticks.Select(t => t.Label)]);
        plot.Axes.SetLimitsY(-0.7, shown.Count - 0.3);
        Finish(plot, title + (withoutValue > 0 ? Formatted($" ({withoutValue:N0} without a value left out)") : ""), "rate",
            shown.Where(g => g is not null).Select(g => rate(g!).Value!.Value * 100), horizontal: true);
        RowsTall(plot, shown.Count);
        return plot;
    }

    /// <summary>
    /// The arguments of a ranking chart checked, the groups with a value ranked highest first (ties by key),
    /// how many have no value, and the top and bottom of the ranking shown.
    /// </summary>
    private static (List<IndicatorGroup> Ranked, int WithoutValue, List<IndicatorGroup?> Shown, int LeftOut) Ranking(
        string title, IEnumerable<IndicatorGroup> groups, Func<IndicatorGroup, Rate> rate, int top, int bottom)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfNegative(bottom);
        var all = groups.ToList();
        var ranked = all.Where(g => rate(g).HasValue).OrderByDescending(rate).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var shown = Shown(ranked, top, bottom, out int leftOut);
        return (ranked, all.Count - ranked.Count, shown, leftOut);
    }

    /// <summary>The top and bottom of a ranked list, with a null where groups were left out between them.</summary>
    private static List<IndicatorGroup?> Shown(List<IndicatorGroup> ranked, int top, int bottom, out int leftOut)
    {
        leftOut = 0;
        if ((top == 0 && bottom == 0) || top + bottom >= ranked.Count)
        {
            return [.. ranked];
        }
        leftOut = ranked.Count - top - bottom;
        var shown = new List<IndicatorGroup?>(ranked.Take(top));
        if (top > 0 && bottom > 0)
        {
            shown.Add(null);
        }
        shown.AddRange(ranked.Skip(ranked.Count - bottom));
        return shown;
    }
}
