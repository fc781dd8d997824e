using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

public static partial class Charts
{
    /// <summary>
    /// Groups ranked by a rate as dots with their 95% Wilson intervals, highest at the top, each
    /// labelled with its value, and a line at the rate of all groups pooled: the intervals show
    /// which differences are larger than chance.
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="groups">The report's groups.</param>
    /// <param name="rate">The rate, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <param name="top">How many of the highest to show; all when both <paramref name="top"/> and <paramref name="bottom"/> are 0.</param>
    /// <param name="bottom">How many of the lowest to show.</param>
    /// <remarks>Groups whose rate has no value are left out, never drawn as 0. The axis is fitted to the intervals.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> or <paramref name="bottom"/> is negative.</exception>
    public static Plot DotPlot(string title, IEnumerable<IndicatorGroup> groups, Func<IndicatorGroup, Rate> rate, int top = 0, int bottom = 0)
    {
        var (ranked, withoutValue, shown, leftOut) = Ranking(title, groups, rate, top, bottom);
        var plot = NewPlot();
        var values = new List<double>();
        var ticks = new List<(double Position, string Label)>();
        for (int i = 0; i < shown.Count; i++)
        {
            double y = shown.Count - 1 - i;
            if (shown[i] is not { } group)
            {
                ticks.Add((y, Formatted($"… {leftOut:N0} more …")));
                continue;
            }
            var r = rate(group);
            double value = r.Value!.Value * 100;
            var ci = r.WilsonInterval()!.Value;
            double low = ci.Lower * 100, high = ci.Upper * 100;
            values.AddRange([low, high]);
            var line = plot.Add.Line(low, y, high, y);
            line.Color = Muted;
            line.LineWidth = 2;
            plot.Add.Marker(value, y, MarkerShape.FilledCircle, 8, Accent);
            // Above the dot, not past the interval's end: an interval reaching the axis' end would push it out of the chart.
            var label = plot.Add.Text(Percent(value), value, y);
            label.LabelFontSize = 10;
            label.LabelAlignment = Alignment.LowerCenter;
            label.OffsetY = -4;
            ticks.Add((y, Label(group)));
        }
        var pooled = Rate.Pool(ranked.Select(rate));
        if (pooled.HasValue)
        {
            var reference = plot.Add.VerticalLine(pooled.Value!.Value * 100, 1, Warning, LinePattern.Dashed);
            reference.LegendText = "all pooled: " + Percent(pooled.Value.Value * 100);
            values.Add(pooled.Value.Value * 100);
        }
        plot.Axes.Left.SetTicks([.. ticks.Select(t => t.Position)], [.. ticks.Select(t => t.Label)]);
        plot.Axes.SetLimitsY(-0.7, shown.Count - 0.3);
        Finish(plot, title + (withoutValue > 0 ? Formatted($" ({withoutValue:N0} without a value left out)") : ""), "rate with its 95% CI", values, horizontal: true);
        plot.ShowLegend(Edge.Bottom);
        RowsTall(plot, shown.Count);
        return plot;
    }
}
