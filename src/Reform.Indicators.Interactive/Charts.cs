using Reform.Indicators.Indicators;
using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

/// <summary>
/// Charts of indicator results with ScottPlot: a trend over periods, units ranked, and a
/// before/after comparison. Notebooks show them as SVG (the registered formatter); elsewhere use
/// <see cref="ToSvg"/> or <see cref="SavePng"/>.
/// </summary>
/// <remarks>
/// ScottPlot draws with SkiaSharp in-process (no browser, no script), so the same chart renders
/// in a notebook, a file-based app and a CI run. Rates are plotted in percent; a rate with no
/// value is left out of the plot, never drawn as 0.
/// </remarks>
public static class Charts
{
    /// <summary>The default size of <see cref="ToSvg"/> and <see cref="SavePng"/>, in pixels.</summary>
    public const int DefaultWidth = 720, DefaultHeight = 400;

    static Charts() => NativeAssets.EnsureSkiaSharp();

    /// <summary>A line per series over the periods, e.g. a province's monthly on-time rate.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="series">Per series name, its (period, rate) points in order; the x axis shows the period names of the first series.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Trend(string title, IReadOnlyDictionary<string, IReadOnlyList<(ReportingPeriod Period, Rate Rate)>> series)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);
        var plot = new Plot();
        var periods = series.Values.SelectMany(s => s.Select(p => p.Period.Name)).Distinct().ToList();
        foreach (var (name, points) in series)
        {
            var valued = points.Where(p => p.Rate.HasValue).ToArray();
            var line = plot.Add.Scatter(
                valued.Select(p => (double)periods.IndexOf(p.Period.Name)).ToArray(),
                valued.Select(p => (double)p.Rate.Percent!.Value).ToArray());
            line.LegendText = name;
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], [.. periods]);
        return Finish(plot, title, "%", legend: series.Count > 1);
    }

    /// <summary>Groups (units, levels) ranked by a rate, highest at the top: a horizontal bar per group.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="groups">The report's groups.</param>
    /// <param name="rate">The rate to rank by, e.g. <c>g =&gt; g.OnTimeResolution</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot Ranked(string title, IEnumerable<IndicatorGroup> groups, Func<IndicatorGroup, Rate> rate)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(rate);
        var ranked = groups.Where(g => rate(g).HasValue).OrderBy(g => rate(g)).ToArray(); // lowest at the bottom
        var plot = new Plot();
        var bars = plot.Add.Bars(ranked.Select(g => (double)rate(g).Percent!.Value).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ranked.Length).Select(i => (double)i)], [.. ranked.Select(g => g.Name ?? g.Key)]);
        return Finish(plot, title, "%", legend: false, horizontal: true);
    }

    /// <summary>Side-by-side bars of a rate before and after, per key (e.g. provinces through the 2025 crosswalk).</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="beforeName">The legend of the first series, e.g. <c>2024 (old 24 + 27)</c>.</param>
    /// <param name="before">The rates before, by key.</param>
    /// <param name="afterName">The legend of the second series.</param>
    /// <param name="after">The rates after, by key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot BeforeAfter(string title, string beforeName, IReadOnlyDictionary<string, Rate> before, string afterName, IReadOnlyDictionary<string, Rate> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var keys = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).ToArray();
        var plot = new Plot();
        for (int series = 0; series < 2; series++)
        {
            var rates = series == 0 ? before : after;
            var color = series == 0 ? Colors.SteelBlue : Colors.DarkOrange;
            for (int i = 0; i < keys.Length; i++)
            {
                if (rates.TryGetValue(keys[i], out var rate) && rate.HasValue)
                {
                    var bar = plot.Add.Bar(position: (i * 3) + series, value: (double)rate.Percent!.Value);
                    bar.Color = color;
                }
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series == 0 ? beforeName : afterName, FillColor = color });
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, keys.Length).Select(i => (i * 3) + 0.5)], keys);
        return Finish(plot, title, "%", legend: true);
    }

    /// <summary>The chart as an SVG document (text), for HTML output.</summary>
    public static string ToSvg(Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>Saves the chart as a PNG image.</summary>
    public static void SavePng(Plot plot, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.SavePng(path, width, height);
    }

    private static Plot Finish(Plot plot, string title, string valueAxis, bool legend, bool horizontal = false)
    {
        plot.Title(title);
        if (horizontal)
        {
            plot.Axes.Bottom.Label.Text = valueAxis;
        }
        else
        {
            plot.Axes.Left.Label.Text = valueAxis;
        }
        if (legend)
        {
            plot.ShowLegend();
        }
        return plot;
    }
}
