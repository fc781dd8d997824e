using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

public static partial class Charts
{
    /// <summary>z of the two-sided 95% control limits.</summary>
    internal const double Z95 = 1.959963984540054;

    /// <summary>z of the two-sided 99.8% control limits.</summary>
    internal const double Z998 = 3.090232306167813;

    /// <summary>
    /// A funnel plot: each group's rate against its volume (the rate's denominator), with the rate of
    /// all groups pooled and its 95% and 99.8% control limits, which narrow as the volume grows.
    /// A point outside the 99.8% limits differs from the pool by more than chance; a small unit's
    /// 100% inside the funnel does not.
    /// </summary>
    /// <param name="title">The chart title.</param>
    /// <param name="groups">The report's groups.</param>
    /// <param name="rate">The rate, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <remarks>
    /// Limits: p₀ ± z·√(p₀(1 − p₀)/n) with p₀ the pooled rate and z = 1.96 (95%) or 3.09 (99.8%),
    /// the normal approximation of the binomial, cut to 0–100%; the rate axis is fitted to the points and
    /// to the limits at the smallest and largest volume, the volume axis to the volumes. Points outside the 99.8% limits are
    /// red and named; between the limits, orange. Groups without a value are left out, never drawn as 0.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Funnel(string title, IEnumerable<IndicatorGroup> groups, Func<IndicatorGroup, Rate> rate)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rate);
        var valued = groups.Where(g => rate(g).HasValue).ToList();
        var plot = NewPlot();
        var pooled = Rate.Pool(valued.Select(rate));
        var values = new List<double>();
        if (pooled.HasValue)
        {
            double p0 = pooled.Value!.Value;
            double maxN = valued.Max(g => rate(g).Denominator), minN = Math.Max(1, valued.Min(g => rate(g).Denominator));
            var ns = Enumerable.Range(0, 101).Select(i => minN * Math.Pow(maxN / minN, i / 100.0)).ToArray();
            foreach (var (z, name, pattern) in new[] { (Z95, "95% limits", LinePattern.Dashed), (Z998, "99.8% limits", LinePattern.Solid) })
            {
                for (int side = -1; side <= 1; side += 2)
                {
                    var ys = ns.Select(n => Math.Clamp(100 * (p0 + (side * z * Math.Sqrt(p0 * (1 - p0) / n))), 0, 100)).ToArray();
                    values.AddRange([ys[0], ys[^1]]); // the axis shows the limits over the volumes drawn
                    var limit = plot.Add.ScatterLine(ns, ys, Muted);
                    limit.LinePattern = pattern;
                    limit.LegendText = side < 0 ? name : "";
                }
            }
            var centre = plot.Add.HorizontalLine(p0 * 100, 1, Accent, LinePattern.Dotted);
            centre.LegendText = "all pooled: " + Percent(p0 * 100);
            values.Add(p0 * 100);
            foreach (var group in valued)
            {
                var r = rate(group);
                double value = r.Value!.Value * 100, n = r.Denominator;
                double spread = Math.Sqrt(p0 * (1 - p0) / n) * 100;
                double distance = spread > 0 ? Math.Abs(value - (p0 * 100)) / spread : (value == p0 * 100 ? 0 : double.PositiveInfinity);
                var color = distance > Z998 ? Warning : distance > Z95 ? Colors.DarkOrange : Accent;
                plot.Add.Marker(n, value, MarkerShape.FilledCircle, 7, color);
                values.Add(value);
                if (distance > Z998)
                {
                    var label = plot.Add.Text(Label(group), n, value);
                    label.LabelFontSize = 10;
                    label.LabelAlignment = Alignment.MiddleLeft;
                }
            }
            // The volumes drawn, with a margin: not from 0 when every unit is large, so that the points spread out.
            double margin = Math.Max((maxN - minN) * 0.08, maxN * 0.02);
            plot.Axes.SetLimitsX(Math.Max(0, minN - margin), maxN + margin);
        }
        plot.Axes.Bottom.Label.Text = "volume (the rate's denominator)";
        Finish(plot, title, "rate", values, horizontal: false);
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
