using Reform.Indicators.Measures;
using ScottPlot;

namespace Reform.Indicators.Interactive;

public static partial class Charts
{
    /// <summary>Side-by-side bars of a rate before and after, per key (e.g. provinces through the 2025 crosswalk), labelled with their values, on an axis fitted to them.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="beforeName">The legend of the first series, e.g. <c>2024 (old 24 + 27)</c>.</param>
    /// <param name="before">The rates before, by key (a name or code shown under the bars).</param>
    /// <param name="afterName">The legend of the second series.</param>
    /// <param name="after">The rates after, by key.</param>
    /// <remarks>A key without a value on one side has no bar there, never a bar at 0.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plot BeforeAfter(string title, string beforeName, IReadOnlyDictionary<string, Rate> before, string afterName, IReadOnlyDictionary<string, Rate> after)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var keys = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).ToArray();
        var values = before.Values.Concat(after.Values).Where(r => r.HasValue).Select(r => r.Value!.Value * 100).ToList();
        var (min, _) = RateAxis(values);
        var plot = NewPlot();
        for (int series = 0; series < 2; series++)
        {
            var rates = series == 0 ? before : after;
            var color = series == 0 ? Accent : Colors.DarkOrange;
            for (int i = 0; i < keys.Length; i++)
            {
                if (rates.TryGetValue(keys[i], out var rate) && rate.HasValue)
                {
                    double value = rate.Value!.Value * 100;
                    plot.Add.Bar(new Bar { Position = (i * 3) + series, Value = value, ValueBase = min, Label = Percent(value), FillColor = color });
                }
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series == 0 ? beforeName : afterName, FillColor = color });
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, keys.Length).Select(i => (i * 3) + 0.5)], keys);
        Finish(plot, title, "rate", values, horizontal: false);
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
