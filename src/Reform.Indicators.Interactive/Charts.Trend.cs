using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

public static partial class Charts
{
    /// <summary>A line per series over the periods, e.g. a province's monthly on-time rate, on an axis fitted to the values, the legend outside the data.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="series">Per series name, its (period, rate) points in order; the x axis shows the periods of all series in order of first appearance.</param>
    /// <remarks>A period in which a series has no value is a gap in its line, never a drop to 0. With one series, every point is labelled with its value.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Trend(string title, IReadOnlyDictionary<string, IReadOnlyList<(ReportingPeriod Period, Rate Rate)>> series)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot();
        var periods = series.Values.SelectMany(s => s.Select(p => p.Period.Name)).Distinct().ToList();
        var values = new List<double>();
        foreach (var (name, points) in series)
        {
            var color = plot.Add.GetNextColor();
            bool first = true;
            // One line per run of periods with a value: a missing value breaks the line.
            foreach (var run in Runs(points))
            {
                var xs = run.Select(p => (double)periods.IndexOf(p.Period.Name)).ToArray();
                var ys = run.Select(p => p.Rate.Value!.Value * 100).ToArray();
                values.AddRange(ys);
                var line = plot.Add.Scatter(xs, ys, color);
                line.MarkerSize = 6;
                line.LegendText = first ? name : "";
                first = false;
                if (series.Count == 1)
                {
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var label = plot.Add.Text(Percent(ys[i]), xs[i], ys[i]);
                        label.LabelFontSize = 10;
                        label.LabelAlignment = Alignment.LowerCenter;
                        label.OffsetY = -6;
                    }
                }
            }
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], [.. periods]);
        plot.Axes.SetLimitsX(-0.5, periods.Count - 0.5);
        Finish(plot, title, "rate", values, horizontal: false);
        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
        }
        return plot;
    }

    /// <summary>The trend of one rate of the named groups of a series (e.g. levels, or a few provinces), a line each, labelled by the group's name.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="series">The reports, one per period.</param>
    /// <param name="rate">The rate, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <param name="keys">The groups' keys; every group of the first report when none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Trend(string title, ReportSeries series, Func<IndicatorGroup, Rate> rate, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(keys);
        var chosen = keys.Length > 0 ? keys : [.. series.SelectMany(r => r.Groups.Select(g => g.Key)).Distinct()];
        var lines = new Dictionary<string, IReadOnlyList<(ReportingPeriod, Rate)>>();
        foreach (var key in chosen)
        {
            var group = series.SelectMany(r => r.Groups).FirstOrDefault(g => g.Key == key);
            lines[group is null ? key : Label(group)] = series.Trend(key, rate);
        }
        return Trend(title, lines);
    }

    private static IEnumerable<List<(ReportingPeriod Period, Rate Rate)>> Runs(IReadOnlyList<(ReportingPeriod Period, Rate Rate)> points)
    {
        var run = new List<(ReportingPeriod, Rate)>();
        foreach (var point in points)
        {
            if (point.Rate.HasValue)
            {
                run.Add(point);
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
